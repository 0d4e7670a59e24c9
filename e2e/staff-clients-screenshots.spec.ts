import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';

/**
 * Not a test: refreshes screenshots/clients-*.png of the client screens so they can be looked at. It runs
 * against the fictional demo practice, whose measures span months, so the charts show real change:
 *   DATA_DIR=/tmp/holdspace-demo PORT=4310 npm run demo
 *   DEMO_URL=http://127.0.0.1:4310 npx playwright test e2e/staff-clients-screenshots.spec.ts
 */
const DEMO = process.env.DEMO_URL ?? '';
test.skip(!DEMO, 'Set DEMO_URL to a running `npm run demo` to refresh the client screenshots.');

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
type DemoStaff = 'rowan' | 'amara' | 'priya' | 'theo';

async function as(browser: Browser, who: DemoStaff, viewport = WIDE, theme?: 'dark'): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${DEMO}/app/sign-in`);
  await page.getByLabel('Email').fill(`${who}@cedarhollow.demo`);
  await page.getByLabel('Password').fill('cedar hollow demo practice');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  if (theme) await page.getByLabel('Theme').selectOption('dark');
  return page;
}

async function shot(page: Page, path: string, name: string, before?: (page: Page) => Promise<void>) {
  await page.goto(`${DEMO}/app${path}`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
  if (before) await before(page);
  await page.screenshot({ path: `screenshots/clients-${name}.png`, fullPage: true });
}

const enterPhq9 = async (page: Page) => {
  await page.getByRole('button', { name: 'Enter with the client' }).click();
  await expect(page.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' })).toBeVisible();
};

test('client screens of the demo practice at desktop and phone width', async ({ browser }) => {
  test.setTimeout(180_000);
  const rowan = await as(browser, 'rowan');
  const { clients } = (await (await rowan.request.get(`${DEMO}/api/clients`)).json()) as {
    clients: { id: string; preferredName: string }[];
  };
  const id = (name: string) => clients.find((c) => c.preferredName === name)?.id ?? 'missing';
  const contacted = (await (await rowan.request.get(`${DEMO}/api/enquiries?status=contacted`)).json()) as { enquiries: { id: string }[] };

  await shot(rowan, '/', 'dashboard-flags-1280');
  await shot(rowan, '/clients', 'list-1280');
  await shot(rowan, '/clients?flagged=open', 'list-flagged-1280');
  await shot(rowan, '/clients/new', 'new-1280');
  await shot(rowan, `/clients/${id('Eli')}`, 'chart-overview-flag-1280');
  await shot(rowan, `/clients/${id('Eli')}`, 'chart-edit-1280', async (page) => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('button', { name: 'Edit care team' }).click();
    await page.getByRole('button', { name: 'Change phase…' }).click();
  });
  await shot(rowan, `/clients/${id('Lucía')}`, 'chart-paused-1280');
  await shot(rowan, `/clients/${id('Grace')}/consultation`, 'chart-consultation-signed-1280');
  await shot(rowan, `/clients/${id('Grace')}/measures`, 'chart-measures-1280');
  await shot(rowan, `/clients/${id('Eli')}/measures`, 'chart-enter-phq9-1280', enterPhq9);
  await shot(rowan, `/clients/${id('Grace')}/medical`, 'chart-medical-summary-1280');
  await shot(rowan, `/clients/${id('Eli')}/flags`, 'chart-flags-1280');
  if (contacted.enquiries[0]) await shot(rowan, `/requests/${contacted.enquiries[0].id}`, 'request-open-chart-1280');
  await shot(rowan, '/clinical-settings', 'clinical-settings-read-1280');

  const amara = await as(browser, 'amara');
  await shot(amara, `/clients/${id('Wren')}/consultation`, 'chart-consultation-draft-1280');
  const priya = await as(browser, 'priya');
  await shot(priya, `/clients/${id('Eli')}/medical`, 'chart-medical-prescriber-1280');
  await shot(priya, '/clinical-settings', 'clinical-settings-edit-1280');
  const theo = await as(browser, 'theo');
  await shot(theo, `/clients/${id('Dan')}`, 'chart-cofacilitator-1280');

  const phone = await as(browser, 'rowan', PHONE);
  await shot(phone, '/clients', 'list-390');
  await shot(phone, `/clients/${id('Eli')}`, 'chart-overview-390');
  await shot(phone, `/clients/${id('Grace')}/measures`, 'chart-measures-390');
  await shot(phone, `/clients/${id('Eli')}/measures`, 'chart-enter-phq9-390', enterPhq9);
  await shot(phone, `/clients/${id('Eli')}/medical`, 'chart-medical-390');
  const dark = await as(browser, 'rowan', WIDE, 'dark');
  await shot(dark, `/clients/${id('Grace')}/measures`, 'chart-measures-dark-1280');
});
