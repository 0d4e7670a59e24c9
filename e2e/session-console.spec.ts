import type { Browser, BrowserContext, Page } from '@playwright/test';
import { openSeededConsoleSession, serverEntries } from './support/console-session.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';

const TABLET = { width: 1024, height: 768 };
const LAPTOP = { width: 1440, height: 900 };

async function consoleAs(browser: Browser, who: 'therapist' | 'coFacilitator', sessionId: string, viewport = LAPTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, who);
  await page.goto(`/app/sessions/${sessionId}`);
  await expect(page.getByRole('heading', { level: 1, name: /Session console/ })).toBeVisible();
  await expect(page.getByText('Live', { exact: false })).toBeVisible();
  return { context, page };
}

const timelineRows = (page: Page) => page.getByTestId('timeline').locator('li');
const syncedRows = (page: Page) => page.getByTestId('timeline').locator('li[data-state="synced"]');

test.describe('session console', () => {
  let contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    for (const c of contexts) await c.close();
    contexts = [];
  });

  test('an entry logged on the therapist’s device appears on the co-facilitator’s', async ({ browser, baseURL }) => {
    const { sessionId } = await openSeededConsoleSession(baseURL as string);
    const therapist = await consoleAs(browser, 'therapist', sessionId);
    const coFacilitator = await consoleAs(browser, 'coFacilitator', sessionId);
    contexts = [therapist.context, coFacilitator.context];

    await therapist.page
      .getByRole('group', { name: 'Breath' })
      .getByRole('button', { name: /^Sighing/ })
      .click();
    await expect(therapist.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
    await expect(coFacilitator.page.getByTestId('timeline')).toContainText('Sighing', { timeout: 2000 });

    await coFacilitator.page
      .getByRole('group', { name: 'Posture' })
      .getByRole('button', { name: /^Curled/ })
      .click();
    await expect(therapist.page.getByTestId('timeline')).toContainText('Curled', { timeout: 2000 });
  });

  test('twenty entries logged offline reach the server and the other device exactly once', async ({ browser, baseURL }) => {
    const { sessionId } = await openSeededConsoleSession(baseURL as string, 'Noor');
    const therapist = await consoleAs(browser, 'therapist', sessionId);
    const coFacilitator = await consoleAs(browser, 'coFacilitator', sessionId);
    contexts = [therapist.context, coFacilitator.context];

    await therapist.context.setOffline(true);
    const keys = ['1', '2', '3', '4', '5', 'q', 'w', 'r', 'y', 's'];
    for (let i = 0; i < 20; i += 1) await therapist.page.keyboard.press(keys[i % keys.length] as string);
    await expect(therapist.page.getByRole('status').filter({ hasText: 'Saved on this device (20 to sync)' })).toBeVisible();
    await expect(timelineRows(therapist.page)).toHaveCount(20);

    await therapist.context.setOffline(false);
    await expect(therapist.page.getByRole('status').filter({ hasText: /^.?\s*Synced/ })).toBeVisible({ timeout: 15_000 });
    const onServer = await serverEntries(baseURL as string, sessionId);
    expect(onServer.filter((e) => e.kind === 'observation')).toHaveLength(20);
    await expect(syncedRows(coFacilitator.page)).toHaveCount(20, { timeout: 5000 });
    await expect(syncedRows(therapist.page)).toHaveCount(20);
  });

  test('the console is usable by keyboard alone', async ({ browser, baseURL }) => {
    const { sessionId } = await openSeededConsoleSession(baseURL as string, 'Sol');
    const therapist = await consoleAs(browser, 'therapist', sessionId);
    contexts = [therapist.context];
    const page = therapist.page;

    await page.keyboard.press('f');
    await expect(page.getByLabel(/In the client’s words/)).toBeFocused();
    await page.keyboard.type('a warm light behind my eyes');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('v');
    await expect(page.getByLabel('Systolic')).toBeFocused();
    for (const value of ['128', '82', '74', '98']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toContainText('a warm light behind my eyes');
    await expect(timeline).toContainText('Grounding cue');
    await expect(timeline).toContainText('BP 128/82');
    await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    await page.keyboard.press('d');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dim');
  });

  test('reloading with no network keeps the console open', async ({ browser, baseURL }) => {
    const { sessionId } = await openSeededConsoleSession(baseURL as string, 'Remy');
    const therapist = await consoleAs(browser, 'therapist', sessionId);
    contexts = [therapist.context];
    const page = therapist.page;
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    // The worker controls the page only after a navigation it saw.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /Session console/ })).toBeVisible();
    await therapist.context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /Session console/ })).toBeVisible();
    await page.keyboard.press('1');
    await expect(page.getByRole('status').filter({ hasText: 'Saved on this device (1 to sync)' })).toBeVisible();
    await therapist.context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: /Synced/ })).toBeVisible({ timeout: 15_000 });
  });

  test('no axe violations in normal and dim mode; screenshots at tablet and laptop size', async ({ browser, baseURL }) => {
    // Two sizes × (seeding, four axe runs over a console that also holds the medicine forms, screenshots): ~50 s on a shared 2-core machine.
    test.setTimeout(90_000);
    const { sessionId } = await openSeededConsoleSession(baseURL as string, 'Kai');
    for (const [size, viewport] of [
      ['tablet', TABLET],
      ['laptop', LAPTOP],
    ] as const) {
      const { context, page } = await consoleAs(browser, 'therapist', sessionId, viewport);
      contexts.push(context);
      await page
        .getByRole('group', { name: 'Energy' })
        .getByRole('button', { name: /^Settled/ })
        .click();
      await page.getByLabel(/In the client’s words/).fill('like floating over a lake');
      await page.getByLabel(/In the client’s words/).press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/session-console-${size}-normal.png`, fullPage: true });
      await page.getByRole('button', { name: /^Dim/ }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/session-console-${size}-dim.png`, fullPage: true });
      await page.getByRole('button', { name: /^Dim/ }).click();
    }
  });
});
