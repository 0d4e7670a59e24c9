import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { acceptInvitation, PHONE, preparePortalClient } from './support/portal-client.js';

/**
 * Not a test: refreshes screenshots/ (gitignored) of every client portal screen so they can be looked at.
 * Run with SCREENSHOTS=1 npx playwright test e2e/portal-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to refresh the portal screenshots.');

const WIDE = { width: 1280, height: 860 };

const question = (page: Page, n: number): Locator => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

async function shot(page: Page, name: string, width: number, fullPage = false) {
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: `screenshots/portal-${name}-${width}.png`, fullPage });
}

async function answerAll(page: Page, answers: Record<number, string>) {
  for (const [n, label] of Object.entries(answers)) await question(page, Number(n)).getByRole('radio', { name: label }).check();
}

for (const viewport of [PHONE, WIDE]) {
  test(`portal screens at ${viewport.width}px`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const client = await preparePortalClient(baseURL ?? '', ['PHQ-9', 'ASQ']);
    const w = viewport.width;
    const page = await acceptInvitation(browser, client, viewport, (welcome) => shot(welcome, 'invitation', w, true));
    await shot(page, 'home', w, true);

    await page.getByRole('link', { name: /PHQ-9/ }).click();
    await expect(question(page, 1)).toBeVisible();
    await shot(page, 'phq9-top', w);
    await question(page, 5).scrollIntoViewIfNeeded();
    await answerAll(page, { 4: 'Several days', 5: 'More than half the days' });
    // The keyboard's focus ring on question 5's chosen answer.
    await question(page, 4).getByRole('radio', { name: 'Several days' }).focus();
    await page.keyboard.press('Tab');
    await question(page, 5).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'phq9-middle', w);
    await shot(page, 'phq9-full', w, true);

    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.locator('.portal-error-summary')).toBeFocused();
    await shot(page, 'phq9-errors', w);
    await question(page, 1).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'phq9-errors-question', w);

    const rest = Object.fromEntries([1, 2, 3, 6, 7, 8].map((n) => [n, 'Not at all']));
    await answerAll(page, { ...rest, 9: 'Several days', 10: 'Somewhat difficult' });
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your answers are sent' })).toBeVisible();
    await shot(page, 'sent-crisis', w, true);

    await page.getByRole('link', { name: 'Back to your space' }).click();
    await page.getByRole('link', { name: /ASQ/ }).click();
    await answerAll(page, { 1: 'No', 2: 'Yes' });
    await expect(question(page, 5)).toBeVisible();
    await question(page, 3).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'asq-question-5', w);
    await shot(page, 'asq-full', w, true);
    await answerAll(page, { 3: 'No', 4: 'No', 5: 'No' });
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your answers are sent' })).toBeVisible();

    await page.getByRole('link', { name: 'Back to your space' }).click();
    await expect(page.getByText('Nothing is waiting for you right now')).toBeVisible();
    await shot(page, 'home-empty', w, true);
    await page.context().close();
  });
}
