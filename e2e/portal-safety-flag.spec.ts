import type { Locator, Page } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';
import { acceptInvitation, PHONE, preparePortalClient } from './support/portal-client.js';

/** Words a client must never see about their own answers: a score, a band, an interpretation. */
const SCORE_WORDS = /\bscore|\btotal\b|\bseverity\b|\bminimal\b|\bmild\b|\bmoderate|\bsevere\b|\bpoints?\b|\/\s*27\b|depression\b/i;

const question = (page: Page, n: number): Locator => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

test('a client sends a PHQ-9 with question 9 above 0, sees the crisis resources, and the therapist acknowledges the flag', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const client = await preparePortalClient(baseURL ?? '', ['PHQ-9']);
  const page = await acceptInvitation(browser, client, PHONE);

  // Home: the questionnaire waits as one large link; the crisis line is in the footer.
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${client.preferredName}`);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
  await expect(footer.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
  const waiting = page.getByRole('region', { name: 'Waiting for you' });
  const card = waiting.getByRole('link', { name: /Patient Health Questionnaire \(PHQ-9\)/ });
  await expect(card).toContainText('PHQ-9 · 10 questions · about 2 minutes');
  await expectNoAxeViolations(page);

  // The questionnaire: official wording, one fieldset per question.
  await card.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patient Health Questionnaire (PHQ-9)' })).toBeFocused();
  await expect(page.getByText('Over the last 2 weeks, how often have you been bothered by any of the following problems?')).toBeVisible();
  await expect(question(page, 9)).toContainText('Thoughts that you would be better off dead or of hurting yourself in some way');
  await expect(question(page, 10).getByRole('radio')).toHaveCount(4);
  await expect(page.getByText('0 of 10 answered')).toBeVisible();
  await expectNoAxeViolations(page);

  // Sending with questions open: a summary that takes focus and names each one; nothing chosen is lost.
  for (const n of [1, 2, 3]) await question(page, n).getByRole('radio', { name: 'Not at all' }).check();
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  const summary = page.locator('.portal-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Some questions still need an answer');
  await expect(summary.getByRole('link')).toHaveText([4, 5, 6, 7, 8, 9].map((n) => `Question ${n}`));
  await expect(question(page, 9)).toHaveAccessibleDescription('Error: Please choose an answer to this question.');
  await expect(question(page, 2).getByRole('radio', { name: 'Not at all' })).toBeChecked();
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Question 9' }).click();
  await expect(question(page, 9).getByRole('radio', { name: 'Not at all' })).toBeFocused();

  for (const n of [4, 5, 6, 7, 8]) await question(page, n).getByRole('radio', { name: 'Not at all' }).check();
  await question(page, 9).getByRole('radio', { name: 'Several days' }).check();
  await question(page, 10).getByRole('radio', { name: 'Somewhat difficult' }).check();
  await expect(summary).toHaveCount(0);
  await expect(page.getByText('10 of 10 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Send my answers' }).click();

  // Thanks, with the crisis resources first — and no score anywhere.
  await expect(page.getByRole('heading', { level: 1, name: 'Your answers are sent' })).toBeFocused();
  const crisis = page.getByRole('region', { name: 'You deserve support right now' });
  // No mail server here and nobody has opened the flag yet: the words say only that an alert is waiting.
  await expect(crisis).toContainText('An alert is waiting for your care team in Holdspace');
  await expect(crisis).not.toContainText('has been told');
  await expect(crisis.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(crisis.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(crisis.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
  const thanks = page.getByText('Thank you, your answers have reached Stillwater Integrative Therapy.');
  await expect(thanks).toBeVisible();
  const crisisTop = (await crisis.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(crisisTop).toBeLessThan((await thanks.boundingBox())?.y ?? 0);
  await expect(page.locator('body')).not.toContainText(SCORE_WORDS);
  await expectNoAxeViolations(page);

  // Back home: nothing waits, the questionnaire is listed as sent, still without a score.
  await page.getByRole('link', { name: 'Back to your space' }).click();
  await expect(page.getByRole('region', { name: 'Waiting for you' })).toContainText('Nothing is waiting for you right now');
  await expect(page.getByRole('region', { name: 'Already sent' })).toContainText('Patient Health Questionnaire (PHQ-9)');
  await expect(page.locator('body')).not.toContainText(SCORE_WORDS);
  await expectNoAxeViolations(page);
  // A sent questionnaire is closed: its old address says so kindly instead of showing the form again.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'This questionnaire is not open' })).toBeVisible();
  await expect(page.getByText('It may already have been sent.')).toBeVisible();
  await page.context().close();

  // The therapist sees the flag on the dashboard and acknowledges it with a note.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'therapist');
  await expect(staff.getByRole('heading', { level: 2, name: 'Safety flags', exact: true })).toBeVisible();
  const flag = staff.getByRole('article').filter({ hasText: client.name });
  await expect(flag.getByRole('link', { name: new RegExp(client.name) })).toBeVisible();
  await expectNoAxeViolations(staff);
  await flag.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await flag.getByLabel('Note').fill('Called Robin the same afternoon; safe, with a plan. Reviewing the safety plan together on Thursday.');
  await flag.getByRole('button', { name: 'Acknowledge flag' }).click();
  await expect(flag).toContainText(`Acknowledged by ${BROWSER_TEST_ACCOUNTS.therapist.displayName}`);
  await expectNoAxeViolations(staff);
  await staffContext.close();
});

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press(key);
  }
  throw new Error('Could not reach the element with the keyboard');
}

test('a client completes a GAD-7 with the keyboard alone', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const client = await preparePortalClient(baseURL ?? '', ['GAD-7'], 'Sam');
  const page = await acceptInvitation(browser, client, PHONE);

  await tabTo(page, page.getByRole('link', { name: /GAD-7/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /GAD-7/ })).toBeFocused();

  // Tab enters each question at its first answer; Space chooses it, arrow keys move the choice.
  for (let n = 1; n <= 7; n += 1) {
    const first = question(page, n).getByRole('radio').first();
    await tabTo(page, first);
    await expect(question(page, n).locator('.portal-option').first()).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Space');
    if (n % 2 === 0) await page.keyboard.press('ArrowDown');
    await expect(question(page, n).getByRole('radio', { checked: true })).toHaveCount(1);
  }
  await expect(question(page, 2).getByRole('radio', { name: 'Several days' })).toBeChecked();

  // Back with Shift+Tab to change an answer, then on to send.
  const third = question(page, 3).getByRole('radio', { name: 'Not at all' });
  await tabTo(page, third, 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(question(page, 3).getByRole('radio', { name: 'More than half the days' })).toBeChecked();
  await expect(page.getByText('7 of 7 answered')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Send my answers' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your answers are sent' })).toBeFocused();
  await expect(page.getByText('Thank you, your answers have reached Stillwater Integrative Therapy.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'You deserve support right now' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(SCORE_WORDS);
  await tabTo(page, page.getByRole('link', { name: 'Back to your space' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${client.preferredName}` })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Already sent' })).toContainText('GAD-7');
  await expectNoAxeViolations(page);
  await page.context().close();
});

test('the portal sends everyone where they belong: clients to their space, staff to the staff app', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const client = await preparePortalClient(baseURL ?? '', ['GAD-7'], 'Jo');
  const first = await acceptInvitation(browser, client, PHONE);
  const questionnaire = first.getByRole('link', { name: /GAD-7/ });
  const questionnaireUrl = await questionnaire.getAttribute('href');
  await first.getByRole('button', { name: 'Sign out' }).click();
  await expect(first.getByText('You have signed out. Take good care of yourself.')).toBeVisible();
  await first.context().close();

  // Not signed in: the questionnaire's link asks for sign-in, then opens the questionnaire itself.
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(questionnaireUrl ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(client.email);
  await page.getByLabel('Password').fill(client.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /GAD-7/ })).toBeVisible();

  // A client who wanders into the staff app is brought back to their own space.
  await page.goto('/app/clients');
  await expect(page).toHaveURL(/\/app\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${client.preferredName}` })).toBeVisible();
  await context.close();

  // Staff have no portal: they land in the staff app.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'therapist');
  await staff.goto('/app/portal');
  await expect(staff.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(staff).not.toHaveURL(/\/portal/);
  await staffContext.close();
});
