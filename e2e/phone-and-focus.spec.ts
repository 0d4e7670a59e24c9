import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signIn, test, uniqueName } from './support/fixtures.js';
import { PHONE } from './support/portal-client.js';
import { chartSections, clientWithWholeTeam, openSection, question } from './support/staff-clients.js';

/** The browser-test practice is in Los Angeles: today's calendar date there. */
function practiceToday(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'America/Los_Angeles' }).format(
    new Date(),
  );
}

async function submitRequest(page: Page, name: string) {
  const response = await page.request.post('/api/enquiries', {
    data: { name, email: 'person@example.org', preferredContact: 'email', reason: 'Depression that never quite lifts.', consent: true },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The screen is settled, fits the phone with nothing to scroll sideways, passes axe, and is kept as a picture. */
async function expectFitsPhone(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
  // The html element is document.scrollingElement in standards mode.
  const { scrollWidth, clientWidth } = await page
    .locator('html')
    .evaluate((html) => ({ scrollWidth: html.scrollWidth, clientWidth: html.clientWidth }));
  if (scrollWidth > clientWidth) {
    // Name what sticks out, so a failure says where to look.
    const wide = await page.locator('body *').evaluateAll((elements, width) => {
      const out = elements.filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.visually-hidden'));
      const deepest = out.filter((e) => !out.some((other) => other !== e && e.contains(other)));
      return deepest.slice(0, 8).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ').join('.')}`);
    }, clientWidth);
    expect(scrollWidth, `${name} scrolls sideways at ${PHONE.width} px: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `screenshots/phone-${name}-390.png`, fullPage: true });
}

/** Focus is on the message (or inside it), never left on the page body. */
async function expectFocusIn(page: Page, what: string, text: string | RegExp) {
  // With focus on the page body nothing matches :focus.
  await expect(page.locator(':focus'), `${what}: focus left on the page`).toHaveCount(1);
  await expect(page.locator(':focus'), what).toContainText(text);
}

test('staff, the public-page editor and the audit log fit a 390 px phone with no sideways scrolling', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const anon = await browser.newPage();
  await submitRequest(anon, uniqueName('Maya Okafor'));
  await anon.close();

  const adminContext = await browser.newContext({ viewport: PHONE });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await expectFitsPhone(admin, 'dashboard-admin');
  for (const [path, name] of [
    ['/app/staff', 'staff'],
    ['/app/practice', 'practice'],
    ['/app/pages', 'pages'],
    ['/app/pages/how-it-works', 'page-editor'],
    ['/app/outbox', 'outbox'],
    ['/app/audit', 'audit'],
    ['/app/clinical-settings', 'clinical-settings'],
  ] as const) {
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFitsPhone(admin, name);
  }
  await adminContext.close();

  const client = await clientWithWholeTeam(baseURL ?? '', 'Jules');
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, 'therapist');
  await expectFitsPhone(page, 'dashboard-therapist');
  for (const [path, name] of [
    ['/app/requests', 'requests'],
    ['/app/clients', 'clients'],
    ['/app/clients/new', 'new-client'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFitsPhone(page, name);
  }
  await page.goto('/app/requests');
  await page
    .getByRole('link', { name: /Maya Okafor/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Maya Okafor/ })).toBeVisible();
  await expectFitsPhone(page, 'request-detail');

  await page.goto(`/app/clients/${client.id}`);
  await expect(page.getByRole('heading', { level: 1, name: client.preferredName })).toBeVisible();
  await expectFitsPhone(page, 'chart-overview');
  for (const [section, heading] of [
    ['Consultation', 'Consultation and assessment'],
    ['Measures', 'Measures'],
    ['Medical', /^Medical/],
    ['Safety flags', 'All safety flags'],
  ] as const) {
    await openSection(page, section, heading);
    // A route change keeps the header in view: the screen starts at the top.
    expect(await page.locator('html').evaluate((html) => html.scrollTop)).toBe(0);
    await expectFitsPhone(page, `chart-${section.toLowerCase().replace(/\W+/g, '-')}`);
  }
  await context.close();
});

test('after a change on the page, focus lands on its message or result, never the page body', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const name = uniqueName('Daniel Reyes');
  const anon = await browser.newPage();
  await submitRequest(anon, name);
  await anon.close();
  const client = await clientWithWholeTeam(baseURL ?? '', 'Sam');

  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, 'therapist');
  await page.goto('/app/requests');
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Changing the status removes the choice just used; focus goes to the message that says what happened.
  const status = page.getByRole('region', { name: 'Status' });
  await status.getByRole('radio', { name: 'Contacted' }).check();
  await status.getByRole('button', { name: 'Change status' }).click();
  await expectFocusIn(page, 'after changing the status', 'Status changed to Contacted.');

  await page.getByLabel('Add a note').fill('Left a voicemail; will try again Thursday.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expectFocusIn(page, 'after adding a note', 'Note added.');
  await expectNoAxeViolations(page);

  // Entering a questionnaire with the client: the saved message takes the form's place and the focus.
  await page.goto(`/app/clients/${client.id}`);
  await expect(page.getByRole('heading', { level: 1, name: client.preferredName })).toBeVisible();
  await openSection(page, 'Measures', 'Measures');
  await page.getByRole('region', { name: 'With the client in session' }).getByRole('button', { name: 'Enter with the client' }).click();
  const form = page.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' });
  for (let n = 1; n <= 9; n += 1) await question(form, n).getByRole('radio', { name: 'Not at all' }).check();
  await form.getByRole('button', { name: 'Save answers' }).click();
  await expectFocusIn(page, 'after entering a measure with the client', 'PHQ-9 saved');
  await expectNoAxeViolations(page);

  // Signing the consultation: the locked record replaces the form, and focus moves to its heading.
  await chartSections(page).getByRole('link', { name: 'Consultation', exact: true }).click();
  await page.getByRole('button', { name: 'Start the consultation record' }).click();
  await page.getByLabel('Date of the consultation').fill(practiceToday());
  await page.getByRole('checkbox', { name: 'Depression that has not improved with therapy or medication' }).check();
  await page.getByRole('textbox', { name: 'Their goals for therapy' }).fill('To sleep through the night again.');
  await page.getByRole('radio', { name: /^Proceed to preparation/ }).check();
  await page.getByRole('textbox', { name: 'Reasons for the decision' }).fill('Motivated and well supported.');
  // The draft saves itself as it is typed.
  await expect(page.getByText(/^Draft saved/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign and lock…' }).click();
  await page.getByRole('group', { name: 'Sign and lock this record?' }).getByRole('button', { name: 'Sign and lock the record' }).click();
  await expectFocusIn(page, 'after signing the consultation', /^Consultation of/);
  await expectNoAxeViolations(page);

  // Printing a signed record prints the record alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: /^Consultation of/ })).toBeVisible();
  for (const hidden of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('navigation', { name: 'Chart sections' }),
    page.getByRole('button', { name: 'Add amendment' }),
    page.getByRole('button', { name: 'Print this record' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await page.screenshot({ path: 'screenshots/phone-consultation-print-390.png', fullPage: true });
  await context.close();
});
