import type { Page } from '@playwright/test';
import { inAFreshPracticeDay, planSeededSession } from './support/console-session.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';

const TABLET = { width: 1024, height: 768 };
const LAPTOP = { width: 1440, height: 900 };
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results';

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/session-opening-${name}.png`, fullPage: true });
const timeline = (page: Page) => page.getByTestId('timeline');
const synced = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^.?\s*Synced/ })).toBeVisible({ timeout: 10_000 });

/** Both themes must pass axe with nothing focused that would hide a problem. */
async function axeInBothModes(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await shot(page, `${name}-normal`);
  await page.getByRole('button', { name: /^Dim/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
  await expectNoAxeViolations(page);
  await shot(page, `${name}-dim`);
  await page.getByRole('button', { name: /^Dim/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dim');
}

test.describe('opening a session and dosing', () => {
  // Seeding a ready client through the API takes a while on the shared machine.
  test.setTimeout(120_000);
  let restoreZone: (() => Promise<void>) | null = null;
  test.beforeEach(async ({ baseURL }) => {
    restoreZone = await inAFreshPracticeDay(baseURL as string);
  });
  test.afterEach(async () => {
    await restoreZone?.();
    restoreZone = null;
  });

  test('the prescriber overrides what is open, opens the console, and records baseline, decision, dose, booster and PRN by keyboard', async ({
    browser,
    baseURL,
  }) => {
    const { clientId } = await planSeededSession(baseURL as string, 'Wren');
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await signIn(page, 'prescriber');

    await page.goto(`/app/clients/${clientId}/preparation`);
    await page.getByRole('link', { name: /Session day: readiness and the console/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Ketamine session with Wren/ })).toBeVisible();
    const open = page.getByRole('region', { name: 'Open the session console' });
    await expect(open).toContainText('A safety plan exists');
    await expect(open.getByRole('button', { name: 'Open the session console' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, 'day-laptop-waiting');

    await page.getByLabel('Requirement').selectOption({ label: 'A safety plan exists' });
    await page.getByLabel('Reason').fill('Went through the safety plan together by phone this morning.');
    await page.getByRole('button', { name: 'Record override' }).click();
    await open.getByRole('button', { name: 'Open the session console' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Session console · Wren/ })).toBeVisible();
    await synced(page);

    const before = page.getByRole('region', { name: 'Before dosing' });
    await expect(before).toContainText('Fasting as instructed: confirmed on arrival');
    await expect(before).toContainText('Safety plan: overridden by');
    const glance = page.getByRole('region', { name: 'At a glance' });
    await expect(glance).toContainText('To meet the grief gently');
    await expect(glance).toContainText('Never: the face');
    await expect(glance).toContainText('calm down');
    await expect(glance).toContainText('A raised hand: pause');
    await expect(page.getByRole('region', { name: 'Dose', exact: true })).toContainText('opens once dosing may go ahead');

    // Baseline: above 140/90, so the prescriber decides.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('v');
    await expect(page.getByLabel('Systolic')).toBeFocused();
    for (const value of ['148', '94', '76', '98']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(before).toContainText('Baseline blood pressure 148/94 is above 140/90');
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await expect(page.getByLabel('Proceed with dosing')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Calm, no symptoms; recheck by hand 142/90.');
    await page.keyboard.press('Enter');
    await expect(before).toContainText('Dosing may go ahead: the prescriber decided to proceed.');
    await expectNoAxeViolations(page);
    await shot(page, 'console-laptop-before-dose');

    // The dose: nothing filled in but who gave it and whose order it was.
    await page.keyboard.press('Escape');
    await page.keyboard.press('m');
    const medicine = page.getByLabel('Medicine', { exact: true }).first();
    await expect(medicine).toBeFocused();
    await expect(page.getByLabel('Dose given (mg)')).toHaveValue('');
    await page.keyboard.press('ArrowDown'); // Ketamine
    await page.keyboard.press('Tab');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Sublingual
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab'); // time (now), given by, ordered by, lot
    await page.keyboard.type('K-204');
    await page.keyboard.press('Enter');
    await expect(timeline(page)).toContainText('ketamine 50 mg, sublingual, lot K-204');
    await synced(page);
    await expect(page.getByRole('heading', { name: /Another dose \(booster\)/ })).toBeVisible();

    // A booster, the same way.
    await page.keyboard.press('Escape');
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('25');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // time: empty means now; Enter in a field sends the form
    await page.keyboard.press('Enter');
    await expect(timeline(page)).toContainText('ketamine 25 mg, sublingual');

    // An as-needed medicine for nausea.
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await page.keyboard.type('Ondansetron');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4 mg');
    await page.keyboard.press('Tab');
    await page.keyboard.press('o'); // Oral
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nausea');
    await page.keyboard.press('Enter');
    await expect(timeline(page)).toContainText('Ondansetron 4 mg — Nausea');
    await synced(page);
    const titles = await timeline(page).locator('.console-entry-title').allTextContents();
    expect(titles.filter((t) => t === 'Dose')).toHaveLength(2);
    expect(titles.filter((t) => t === 'As-needed medicine')).toHaveLength(1);
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await axeInBothModes(page, 'console-laptop-dosed');
    await context.close();
  });

  test('no axe violations in normal and dim mode before dosing; screenshots at tablet and laptop size', async ({ browser, baseURL }) => {
    const { clientId, plannedId } = await planSeededSession(baseURL as string, 'Ash');
    for (const [size, viewport] of [
      ['tablet', TABLET],
      ['laptop', LAPTOP],
    ] as const) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await signIn(page, 'prescriber');
      await page.goto(`/app/clients/${clientId}/planned-sessions/${plannedId}`);
      await expect(page.getByRole('heading', { level: 1, name: /^Ketamine session with Ash/ })).toBeVisible();
      if (size === 'tablet') {
        await expectNoAxeViolations(page);
        await shot(page, 'day-tablet-waiting');
        await page.getByLabel('Requirement').selectOption({ label: 'A safety plan exists' });
        await page.getByLabel('Reason').fill('Reviewed by phone.');
        await page.getByRole('button', { name: 'Record override' }).click();
        await expect(page.getByRole('button', { name: 'Open the session console' })).toBeVisible();
        await expectNoAxeViolations(page);
        await shot(page, 'day-tablet-ready');
        await page.getByRole('button', { name: 'Open the session console' }).click();
      } else {
        await expect(page.getByRole('link', { name: 'Continue in the session console' })).toBeVisible();
        await expectNoAxeViolations(page);
        await shot(page, 'day-laptop-open');
        await page.getByRole('link', { name: 'Continue in the session console' }).click();
      }
      await expect(page.getByRole('heading', { level: 1, name: /^Session console · Ash/ })).toBeVisible();
      if (size === 'tablet') {
        await page.getByLabel('Systolic').fill('186');
        await page.getByLabel('Diastolic').fill('104');
        await page.getByLabel('Heart rate').fill('80');
        await page.getByLabel('SpO2 %').fill('97');
        await page.getByRole('button', { name: 'Save vitals' }).click();
        await expect(page.getByText('Override and proceed')).toBeVisible();
      }
      await synced(page);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await axeInBothModes(page, `console-${size}-contraindicated`);
      await context.close();
    }
  });
});
