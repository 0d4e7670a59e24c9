import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';
import { acceptInvitation, PHONE, preparePortalClient } from './support/portal-client.js';
import { clientWithWholeTeam, question } from './support/staff-clients.js';

/** Screenshots to look at, kept out of the repository. */
const SHOTS = process.env.ALERTS_SHOTS ?? '/tmp/holdspace-alerts-shots';
mkdirSync(SHOTS, { recursive: true });

const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

/** How many flags the badge beside Dashboard counts (0 when it is not shown). Other tests share this server. */
async function badgeCount(page: Page): Promise<number> {
  const badge = mainNav(page).getByTestId('flag-badge');
  if ((await badge.count()) === 0) return 0;
  const text = (await badge.textContent()) ?? '';
  return Number(/^(\d+)/.exec(text)?.[1] ?? 0);
}

test('an admin sees that mail is not set up, how to set it up, and sends a test message that truthfully waits in the outbox', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signIn(page, 'admin');
    const notice = page.getByRole('region', { name: 'Mail set-up' });
    await expect(notice.getByRole('heading', { level: 2, name: 'Mail is not set up' })).toBeVisible();
    await expect(notice).toContainText('Holdspace cannot send email yet.');
    await expect(notice).toContainText('nobody is emailed when a client’s answers raise a safety flag');
    await expect(notice.getByRole('heading', { level: 3, name: 'How to set up mail' })).toBeVisible();
    for (const variable of ['SMTP_URL', 'MAIL_FROM', 'PUBLIC_URL']) await expect(notice.getByText(variable, { exact: true })).toBeVisible();
    await expect(notice).toContainText('Restart Holdspace, then send a test message from here.');
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow, `no sideways scrolling at ${viewport.width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/dashboard-mail-notice-${viewport.width}.png`, fullPage: true });

    if (viewport.width === PHONE.width) {
      await context.close();
      continue;
    }
    // The test message: to the admin's own address unless another is chosen; a wrong address is named.
    const to = notice.getByLabel('Send to');
    await expect(to).toHaveValue(BROWSER_TEST_ACCOUNTS.admin.email);
    await to.fill('not an address');
    await notice.getByRole('button', { name: 'Send a test message' }).click();
    await expect(notice.locator('.error-summary')).toContainText('Send to');
    await expectNoAxeViolations(page);
    await to.fill(BROWSER_TEST_ACCOUNTS.admin.email);
    await notice.getByRole('button', { name: 'Send a test message' }).click();
    const outcome = notice.getByRole('status');
    await expect(outcome).toContainText('Not sent: it is waiting in the outbox');
    await expect(outcome).toContainText(`No mail server is set up, so the test message to ${BROWSER_TEST_ACCOUNTS.admin.email}`);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/dashboard-test-message.png`, fullPage: true });

    // The outbox holds it, kept, as the screen said.
    await outcome.getByRole('link', { name: 'the outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'A test message from Holdspace' }).first();
    await expect(row).toContainText('Kept here');
    await expect(row).toContainText('test message');
    await expectNoAxeViolations(page);
    await context.close();
  }
});

test('a client discloses on the portal; the therapist’s badge appears live and stays until she opens the flag; the client is told only what happened', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const client = await preparePortalClient(baseURL ?? '', ['PHQ-9'], 'Wren');

  // The therapist has the dashboard open before anything happens.
  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staff = await staffContext.newPage();
  await signIn(staff, 'therapist');
  await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(staff.locator('.loading')).toHaveCount(0);
  const before = await badgeCount(staff);

  // The client, on a phone, answers question 9 only: the flag is raised on that save.
  const portal = await acceptInvitation(browser, client, PHONE);
  await portal.getByRole('region', { name: 'Waiting for you' }).getByRole('link', { name: /PHQ-9/ }).click();
  await question(portal, 9).getByRole('radio', { name: 'More than half the days' }).check();
  const crisis = portal.getByRole('region', { name: 'You deserve support right now' });
  await expect(crisis).toBeVisible();
  // No mail server, nobody has opened it yet: only that an alert waits in Holdspace is true.
  await expect(crisis).toContainText('An alert is waiting for your care team in Holdspace.');
  await expect(crisis).toContainText('which may not be straight away');
  await expect(crisis).not.toContainText('has been told');
  await expect(crisis).not.toContainText('has seen');
  await expectNoAxeViolations(portal);
  await crisis.scrollIntoViewIfNeeded();
  await portal.screenshot({ path: `${SHOTS}/portal-crisis-waiting-390.png` });

  // Without reloading, the therapist's badge counts one more, and the dashboard shows whose flag it is.
  const badge = mainNav(staff).getByTestId('flag-badge');
  await expect.poll(() => badgeCount(staff), { timeout: 10_000 }).toBe(before + 1);
  await expect(mainNav(staff).getByRole('link', { name: /Dashboard.*not opened by you/ })).toBeVisible();
  const card = staff.getByRole('article').filter({ hasText: client.name });
  await expect(card).toContainText('Not opened by you yet');
  await expect(staff.getByRole('region', { name: 'Safety flags', exact: true })).toContainText('not opened by you');
  await expectNoAxeViolations(staff);
  await staff.screenshot({ path: `${SHOTS}/dashboard-badge-1280.png`, fullPage: true });

  // The badge stays across pages and a reload, until she opens the flag herself.
  await mainNav(staff).getByRole('link', { name: 'Clients' }).click();
  await expect(badge).toBeVisible();
  await staff.reload();
  await expect.poll(() => badgeCount(staff)).toBe(before + 1);
  await mainNav(staff)
    .getByRole('link', { name: /Dashboard/ })
    .click();

  // Opening the flag on the chart marks it seen by her — and only her.
  await staff
    .getByRole('article')
    .filter({ hasText: client.name })
    .getByRole('link', { name: new RegExp(client.name) })
    .click();
  const chartFlag = staff.getByRole('region', { name: 'Safety flags' }).getByRole('article');
  await expect(chartFlag).toContainText('PHQ-9 question 9');
  await expect.poll(() => badgeCount(staff), { timeout: 10_000 }).toBe(before);
  await expectNoAxeViolations(staff);
  await mainNav(staff)
    .getByRole('link', { name: /Dashboard/ })
    .click();
  // Still open (nobody acknowledged it), but no longer new to her.
  const stillOpen = staff.getByRole('article').filter({ hasText: client.name });
  await expect(stillOpen).toBeVisible();
  await expect(stillOpen).not.toContainText('Not opened by you yet');

  // The prescriber on the same care team still has it waiting: the seen state is each person's own.
  const rxContext = await browser.newContext();
  const rx = await rxContext.newPage();
  await signIn(rx, 'prescriber');
  await expect(rx.getByRole('article').filter({ hasText: client.name })).toContainText('Not opened by you yet');
  await expect.poll(() => badgeCount(rx)).toBeGreaterThan(0);
  await rxContext.close();

  // The client, coming back to the questionnaire, is now told someone has seen it — decided on the server.
  await portal.reload();
  const again = portal.getByRole('region', { name: 'You deserve support right now' });
  await expect(again).toContainText('Someone on your care team has seen your answers');
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) await question(portal, n).getByRole('radio', { name: 'Not at all' }).check();
  await question(portal, 10).getByRole('radio', { name: 'Somewhat difficult' }).check();
  await portal.getByRole('button', { name: 'Send my answers' }).click();
  await expect(portal.getByRole('heading', { level: 1, name: 'Your answers are sent' })).toBeFocused();
  await expect(portal.getByRole('region', { name: 'You deserve support right now' })).toContainText(
    'Someone on your care team has seen your answers',
  );
  await expectNoAxeViolations(portal);
  await portal.context().close();

  await staff.setViewportSize(PHONE);
  await staff.reload();
  await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  await staff.screenshot({ path: `${SHOTS}/dashboard-after-opening-390.png`, fullPage: true });
  await staffContext.close();
});

test('a therapist invites a client while mail is not set up, is told so, and copies the one-time link to hand over', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const client = await clientWithWholeTeam(baseURL ?? '', 'Tamsin');
  const context = await browser.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await signIn(page, 'therapist');
  await page.goto(`/app/clients/${client.id}`);
  await expect(page.getByRole('heading', { level: 1, name: client.preferredName })).toBeVisible();

  // An email address first, then the invitation.
  const portal = page.getByRole('region', { name: 'Client portal' });
  await expect(portal).toContainText('Add their email address under Details to invite them.');
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Edit details' }).click();
  await details.getByRole('textbox', { name: 'Email (optional)' }).fill(`tamsin.${Date.now()}@example.org`);
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('button', { name: 'Edit details' })).toBeVisible();

  await portal.getByRole('button', { name: 'Invite to the portal' }).click();
  const status = portal.getByRole('status');
  await expect(status).toContainText('Invitation ready: hand the link over yourself');
  await expect(status).toContainText('Mail is not set up, so nobody will email this invitation: it waits in the outbox.');
  const link = portal.getByLabel(`One-time link for ${client.preferredName}`);
  await expect(link).toHaveValue(/\/app\/invite#token=[\w-]{43}$/);
  await expect(status).toContainText('Holdspace shows the link only now, only to you.');
  await portal.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toContainText('Copied.');
  // biome-ignore lint/suspicious/noExplicitAny: the page's own navigator, typed without the DOM library here
  const copied = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>);
  expect(copied).toBe(await link.inputValue());
  const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await portal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/chart-invitation-link-390.png`, fullPage: true });

  // The link shows once: back on the chart it is gone, and a new invitation would replace it.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Client portal' })).toContainText('Invited');
  await expect(page.getByLabel(`One-time link for ${client.preferredName}`)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Client portal' }).getByRole('button', { name: 'Send a new invitation' })).toBeVisible();

  // The copied link is the real one: it opens the client's welcome.
  const clientContext = await browser.newContext({ viewport: PHONE });
  const welcome = await clientContext.newPage();
  await welcome.goto(copied);
  await expect(welcome.getByRole('heading', { level: 1, name: `Welcome, ${client.preferredName}` })).toBeVisible();
  await clientContext.close();
  await context.close();
});
