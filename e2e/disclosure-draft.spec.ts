import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';
import { acceptInvitation, PHONE, preparePortalClient } from './support/portal-client.js';
import { openSection, question } from './support/staff-clients.js';

/** Words a client must never see about their own answers: a score, a band, an interpretation. */
const SCORE_WORDS = /\bscore|\btotal\b|\bseverity\b|\bminimal\b|\bmild\b|\bmoderate|\bsevere\b|\bpoints?\b|\/\s*27\b|depression\b/i;

test('a client on a phone answers only PHQ-9 question 9 and closes the page; the therapist sees the flag and the incomplete response', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const client = await preparePortalClient(baseURL ?? '', ['PHQ-9'], 'Kai');
  const page = await acceptInvitation(browser, client, PHONE);
  await page.getByRole('region', { name: 'Waiting for you' }).getByRole('link', { name: /PHQ-9/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patient Health Questionnaire (PHQ-9)' })).toBeFocused();
  await expect(page.getByText('Your answers are saved as you go.')).toBeVisible();

  // Only question 9. It is saved a moment later, and the crisis resources appear then, before any send.
  await question(page, 9).getByRole('radio', { name: 'Several days' }).check();
  await expect(page.getByText('Your answers so far are saved.')).toBeVisible();
  const crisis = page.getByRole('region', { name: 'You deserve support right now' });
  await expect(crisis).toBeVisible();
  await expect(crisis.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(crisis.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
  // The form carries the instrument's own wording and citation; what is said about the answers never scores them.
  await expect(crisis).not.toContainText(SCORE_WORDS);
  await expect(page.locator('.portal-send')).not.toContainText(SCORE_WORDS);
  const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await question(page, 9).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/disclosure-draft-question-9.png' });
  await crisis.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/disclosure-draft-crisis.png' });

  // Coming back: the answer is there, and so are the crisis resources.
  await page.reload();
  await expect(question(page, 9).getByRole('radio', { name: 'Several days' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'You deserve support right now' })).toBeVisible();
  await page.context().close();

  // The therapist: the flag is on the dashboard at once, and the chart shows the response as incomplete.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'therapist');
  const flag = staff.getByRole('article').filter({ hasText: client.name });
  await expect(flag).toContainText('PHQ-9 question 9');
  await expectNoAxeViolations(staff);
  await flag.getByRole('link', { name: new RegExp(client.name) }).click();
  await openSection(staff, 'Measures', 'Measures');
  const started = staff.getByRole('region', { name: 'Started, not sent' });
  await expect(started).toContainText('PHQ-9');
  await expect(started).toContainText('Incomplete — questions 1–8 not answered; not scored.');
  await expect(started).toContainText('By the client, in the portal');
  await expect(started).not.toContainText(/Total|of 27/);
  await expectNoAxeViolations(staff);
  await staffContext.close();
});

test('a clinician entering an ASQ with the client sees the flag raised from question 5 at once, and can keep the entry as incomplete', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const client = await preparePortalClient(baseURL ?? '', [], 'Ira');
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'therapist');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('searchbox', { name: 'Name' }).fill(client.name);
  await page.getByRole('searchbox', { name: 'Name' }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '1 client found' })).toBeVisible();
  await page.getByRole('link', { name: client.preferredName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: client.preferredName })).toBeVisible();
  await openSection(page, 'Measures', 'Measures');
  const inSession = page.getByRole('region', { name: 'With the client in session' });
  await inSession.getByRole('combobox', { name: 'Questionnaire' }).selectOption({ label: 'Ask Suicide-Screening Questions (ASQ)' });
  await inSession.getByRole('button', { name: 'Enter with the client' }).click();
  const form = page.getByRole('form', { name: 'Ask Suicide-Screening Questions (ASQ)' });

  await question(form, 1).getByRole('radio', { name: 'Yes' }).check();
  await question(form, 5).getByRole('radio', { name: 'Yes' }).check();
  await expect(form.getByRole('status').filter({ hasText: 'A safety flag was raised' })).toContainText(
    'Changing the answer does not clear it.',
  );
  await expect(page.getByRole('region', { name: 'Open safety flags' })).toContainText('1 open safety flag, 1 urgent.');
  await expectNoAxeViolations(page);

  await form.getByRole('button', { name: 'Save answers' }).click();
  await expect(form.locator('.error-summary')).toContainText('Some questions are not answered yet: 2, 3, 4.');
  await form.getByRole('button', { name: 'Save as incomplete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ASQ saved' })).toContainText(
    'Incomplete — questions 2–4 not answered; not scored.',
  );
  const row = page.getByRole('table', { name: 'Completed questionnaires' }).getByRole('row').filter({ hasText: 'ASQ' });
  await expect(row).toContainText('Incomplete — questions 2–4 not answered');
  await expect(page.getByRole('region', { name: 'Open safety flags' })).toContainText('1 open safety flag');
  await openSection(page, 'Overview', 'Safety flags');
  await expect(page.getByRole('region', { name: 'Safety flags' }).getByRole('article')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await context.close();
});
