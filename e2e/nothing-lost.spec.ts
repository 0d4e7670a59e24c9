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
  await noSidewaysScroll(page, 'the dashboard');
  const header = page.locator('header.app-header');
  await header.screenshot({ path: `${SHOTS}/header-390.png` });
  const select = header.getByRole('combobox', { name: 'Theme' });
  await expect(select).toBeVisible();
  // The chosen theme's words fit inside the select (a select clips its text silently).
  const fit = await select.evaluate((el: HTMLSelectElement) => {
    const style = getComputedStyle(el);
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = el.options[el.selectedIndex]?.text ?? '';
    const room = el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
    return { text, need: Math.ceil(canvas.measureText(text).width), room, right: el.getBoundingClientRect().right };
  });
  expect(fit.right, 'the theme select ends inside the screen').toBeLessThanOrEqual(PHONE.width);
  expect(fit.need, `"${fit.text}" fits in the select`).toBeLessThanOrEqual(fit.room);
  await expectNoAxeViolations(page);
  await context.close();
});
