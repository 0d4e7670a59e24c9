import { type Dialog, type Page, request } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test, uniqueName } from './support/fixtures.js';
import { PHONE } from './support/portal-client.js';
import { chartSections, openSection } from './support/staff-clients.js';

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/holdspace-shots';

/** The browser-test practice is in Los Angeles: today's calendar date there. */
function practiceToday(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'America/Los_Angeles' }).format(
    new Date(),
  );
}

const REASON = 'I have felt flat for years.\nTwo medicines did not help, and I would like to try something different.';

/** A visitor's request, worked and opened as a chart by the seeded therapist, as the front door would. */
async function chartFromRequest(baseURL: string): Promise<{ id: string; name: string }> {
  const name = uniqueName('Robin Vale');
  const api = await request.newContext({ baseURL });
  try {
    const sent = await api.post('/api/enquiries', {
      data: { name, phone: '+1 503 555 0100', reason: REASON, preferredTimes: 'Weekday mornings', heardAbout: 'My doctor', consent: true },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    const signedIn = await api.post('/api/auth/sign-in', {
      data: { email: BROWSER_TEST_ACCOUNTS.therapist.email, password: BROWSER_TEST_PASSWORD },
    });
    expect(signedIn.ok()).toBe(true);
    const me = (await (await api.get('/api/auth/me')).json()) as { user: { id: string } };
    const queue = (await (await api.get('/api/enquiries?status=all')).json()) as { enquiries: { id: string; name: string }[] };
    const enquiry = queue.enquiries.find((e) => e.name === name);
    expect(enquiry, 'the request is in the queue').toBeTruthy();
    const contacted = await api.post(`/api/enquiries/${enquiry!.id}/status`, { data: { status: 'contacted' } });
    expect(contacted.ok(), await contacted.text()).toBe(true);
    const converted = await api.post(`/api/enquiries/${enquiry!.id}/convert`, { data: { therapistId: me.user.id } });
    expect(converted.ok(), await converted.text()).toBe(true);
    return { id: ((await converted.json()) as { id: string }).id, name };
  } finally {
    await api.dispose();
  }
}

/** Records every dialog the page opens, answering each as told. */
function dialogs(page: Page, answer: (dialog: Dialog) => 'accept' | 'dismiss') {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void (answer(dialog) === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

async function noSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, clientWidth } = await page
    .locator('html')
    .evaluate((html) => ({ scrollWidth: html.scrollWidth, clientWidth: html.clientWidth }));
  expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

test('the staff header fits a 390 px phone, with the whole theme choice readable', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, 'prescriber');
  await page.waitForLoadState('networkidle');
  // The phone first, then a tablet and a desktop: the theme's words are never clipped at any of them.
  for (const width of [PHONE.width, 640, 1280]) {
    await page.setViewportSize({ width, height: PHONE.height });
    await noSidewaysScroll(page, `the dashboard at ${width} px`);
    const header = page.locator('header.app-header');
    await header.screenshot({ path: `${SHOTS}/header-${width}.png` });
    const select = header.getByRole('combobox', { name: 'Theme' });
    await expect(select).toBeVisible();
    // The chosen theme's words fit inside the select (a select clips its text silently).
    const fit = await select.evaluate((node) => {
      // The e2e project has no DOM library types: the few browser objects used here, described by hand.
      interface Select {
        options: { text: string }[];
        selectedIndex: number;
        clientWidth: number;
        getBoundingClientRect(): { right: number };
        ownerDocument: {
          defaultView: { getComputedStyle(el: unknown): Record<string, string> };
          createElement(tag: 'canvas'): { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } };
        };
      }
      const el = node as unknown as Select;
      const style = el.ownerDocument.defaultView.getComputedStyle(el);
      const canvas = el.ownerDocument.createElement('canvas').getContext('2d');
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = el.options[el.selectedIndex]?.text ?? '';
      // Room for the words: the box less its padding and the drop-down arrow.
      const room = el.clientWidth - Number.parseFloat(style.paddingLeft ?? '0') - Number.parseFloat(style.paddingRight ?? '0') - 20;
      return { text, need: Math.ceil(canvas.measureText(text).width), room, right: el.getBoundingClientRect().right };
    });
    expect(fit.right, `the theme select ends inside the screen at ${width} px`).toBeLessThanOrEqual(width);
    expect(fit.need, `"${fit.text}" fits in the select at ${width} px`).toBeLessThanOrEqual(fit.room);
  }
  await expectNoAxeViolations(page);
  await context.close();
});

test('the consultation record saves as it is typed, warns before leaving unsaved, and is there on return and after a reload', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const client = await chartFromRequest(baseURL!);
  // Leaving inside the app asks with a confirm (answered "stay" here); the browser's own beforeunload is accepted.
  const seen = dialogs(page, (dialog) => (dialog.type() === 'beforeunload' ? 'accept' : 'dismiss'));
  await signIn(page, 'therapist');
  await page.goto(`/app/clients/${client.id}`);

  // The chart shows what they wrote in their request, as they wrote it.
  const original = page.getByRole('region', { name: 'Their original request' });
  await expect(original).toContainText('I have felt flat for years.');
  await expect(original).toContainText('Weekday mornings');
  await expect(original.getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('.loading')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/chart-original-request.png`, fullPage: true });

  await openSection(page, 'Consultation', 'Consultation and assessment');
  await page.getByRole('button', { name: 'Start the consultation record' }).click();
  const date = page.getByLabel('Date of the consultation');
  await expect(date).toHaveValue(practiceToday());

  const goals = page.getByLabel('Their goals for therapy');
  const status = page.getByRole('status').filter({ hasText: /Draft saved|Saving|Saves as you type|Not saved/ });
  await goals.pressSequentially('To feel present with my children again.');
  await expect(status).toHaveText(/^Draft saved \d{1,2}:\d{2}/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/consultation-draft-saved.png`, fullPage: true });

  // Offline: the draft cannot be saved, the page says so, and leaving asks first.
  await context.setOffline(true);
  await goals.pressSequentially(' And to sleep.');
  await expect(status).toHaveText(/^Not saved — retrying/);
  await page.screenshot({ path: `${SHOTS}/consultation-not-saved.png`, fullPage: true });
  await chartSections(page).getByRole('link', { name: 'Overview', exact: true }).click();
  await expect.poll(() => seen.filter((t) => t === 'confirm').length).toBe(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Consultation and assessment' })).toBeVisible();
  await expect(goals).toHaveValue('To feel present with my children again. And to sleep.');
  await expectNoAxeViolations(page);

  // Back online it saves by itself; leaving right after typing saves on the way out, without asking.
  await context.setOffline(false);
  await expect(status).toHaveText(/^Draft saved/, { timeout: 15_000 });
  await goals.pressSequentially(' Slowly.');
  await chartSections(page).getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(original).toBeVisible();
  expect(seen.filter((t) => t === 'confirm')).toHaveLength(1);
  await openSection(page, 'Consultation', 'Consultation and assessment');
  await expect(goals).toHaveValue('To feel present with my children again. And to sleep. Slowly.');
  await expect(date).toHaveValue(practiceToday());

  // A reload mid-typing loses at most the last second: what was typed a second before is on the server.
  const history = page.getByLabel('Emotional history');
  await history.pressSequentially('Low mood since school.');
  await page.waitForTimeout(1_200);
  await history.pressSequentially(' Worse in winter.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Consultation and assessment' })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(history).toHaveValue(/^Low mood since school\./);
  await expect(goals).toHaveValue('To feel present with my children again. And to sleep. Slowly.');
  await expectNoAxeViolations(page);
});
