import type { Page } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test, uniqueName } from './support/fixtures.js';
import { chartSections, clientWithWholeTeam, openSection, question } from './support/staff-clients.js';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const currentStep = (page: Page, name: string) =>
  page.getByRole('list', { name: `Where ${name} is on the path` }).locator('[aria-current="step"]');

/** A calendar date where the practice is (the browser-test practice is in Los Angeles), days from today. */
function practiceDate(daysFromToday = 0): string {
  const day = new Date(Date.now() + daysFromToday * 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'America/Los_Angeles' }).format(
    day,
  );
}

async function findClient(page: Page, legalName: string, preferredName: string) {
  await mainNav(page).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Name' }).fill(legalName);
  await page.getByRole('searchbox', { name: 'Name' }).press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('heading', { level: 2, name: '1 client found' })).toBeVisible();
  await page.getByRole('link', { name: preferredName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: preferredName })).toBeVisible();
}

test('a therapist opens a chart with the prescriber on the team, signs the consultation and enters a PHQ-9 with the client', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const legalName = uniqueName('Robin Hale');
  await signIn(page, 'therapist');
  await mainNav(page).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A new chart: the legal name is required, and the care team is chosen from the staff by name.
  await page.getByRole('link', { name: 'New client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Open the chart' }).click();
  await expect(page.getByRole('heading', { name: 'The chart was not opened' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Full legal name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Full legal name' }).fill(legalName);
  await page.getByRole('textbox', { name: /^Preferred name/ }).fill('Robin');
  await page.getByRole('textbox', { name: /^Pronouns/ }).fill('they/them');
  await page.getByLabel(/^Date of birth/).fill('1988-04-02');
  await page.getByRole('combobox', { name: 'Therapist' }).selectOption({ label: BROWSER_TEST_ACCOUNTS.therapist.displayName });
  await page.getByRole('combobox', { name: 'Prescriber' }).selectOption({ label: BROWSER_TEST_ACCOUNTS.prescriber.displayName });
  await page.getByRole('button', { name: 'Open the chart' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Robin' })).toBeVisible();
  await expect(page.getByText(`Legal name ${legalName}`)).toBeVisible();
  await expect(page.getByText(/^\d+ years old$/)).toBeVisible();
  await expect(currentStep(page, 'Robin')).toHaveText('Consultation');
  const team = page.getByRole('region', { name: 'Care team' });
  await expect(team.getByRole('listitem').filter({ hasText: BROWSER_TEST_ACCOUNTS.prescriber.displayName })).toContainText('Prescriber');
  await expectNoAxeViolations(page);

  // Editing opens in place, with focus in the form; Cancel brings focus back to the button.
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Edit details' }).click();
  await expect(details.getByRole('textbox', { name: 'Full legal name' })).toBeFocused();
  await page.getByRole('button', { name: 'Change phase…' }).click();
  await expectNoAxeViolations(page);
  await details.getByRole('button', { name: 'Cancel' }).click();
  await expect(details.getByRole('button', { name: 'Edit details' })).toBeFocused();
  await page.getByRole('button', { name: 'Close' }).click();

  // The co-facilitator joins the care team.
  await team.getByRole('button', { name: 'Edit care team' }).click();
  await team.getByRole('checkbox', { name: BROWSER_TEST_ACCOUNTS.coFacilitator.displayName }).check();
  await team.getByRole('button', { name: 'Save care team' }).click();
  await expect(team.getByRole('listitem').filter({ hasText: BROWSER_TEST_ACCOUNTS.coFacilitator.displayName })).toContainText(
    'Co-facilitator',
  );

  // The consultation record: signing an incomplete draft names every missing field first.
  await openSection(page, 'Consultation', 'Consultation and assessment');
  await page.getByRole('button', { name: 'Start the consultation record' }).click();
  // A new record starts dated today, and saves itself as it is typed.
  await expect(page.getByLabel('Date of the consultation')).toHaveValue(practiceDate());
  await expect(page.getByText('Saves as you type.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign and lock…' }).click();
  const confirm = page.getByRole('group', { name: 'Sign and lock this record?' });
  await expect(confirm).toContainText('Once signed, it cannot be edited.');
  await confirm.getByRole('button', { name: 'Sign and lock the record' }).click();
  const missing = page.locator('.error-summary');
  await expect(missing).toBeFocused();
  await expect(missing.getByRole('heading')).toHaveText('The record is not signed yet');
  await expect(missing.getByRole('link')).toHaveText([
    'What brings them: Choose at least one thing that brings them.',
    'Their goals for therapy: Record their goals for therapy.',
    'Decision: Record the decision.',
    'Reasons for the decision: Give the reasons for the decision.',
  ]);
  await expect(page.getByRole('textbox', { name: 'Their goals for therapy' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Date of the consultation').fill(practiceDate());
  await page.getByRole('checkbox', { name: 'Depression that has not improved with therapy or medication' }).check();
  await page.getByRole('textbox', { name: 'Their goals for therapy' }).fill('To feel present with the children again.');
  await page.getByRole('textbox', { name: /^Emotional history/ }).fill('Low mood for six years, since a bereavement.');
  await page.getByRole('checkbox', { name: 'EMDR' }).check();
  await page.getByRole('radio', { name: /^Proceed to preparation/ }).check();
  await page.getByRole('textbox', { name: 'Reasons for the decision' }).fill('Motivated, well supported at home, medically reviewed.');
  await expect(page.getByText(/^Draft saved/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign and lock…' }).click();
  await confirm.getByRole('button', { name: 'Sign and lock the record' }).click();

  const record = page.getByRole('article', { name: /^Consultation of/ });
  await expect(record).toContainText('Signed and locked');
  await expect(record).toContainText('Proceed to preparation');
  await expect(record).toContainText('EMDR');
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(currentStep(page, 'Robin')).toHaveText('Preparation');
  await page.getByRole('textbox', { name: 'Amendment' }).fill('Also: sleep has been poor for about a year.');
  await page.getByRole('button', { name: 'Add amendment' }).click();
  await expect(page.getByRole('region', { name: /^Amendments/ }).getByRole('listitem')).toContainText('sleep has been poor');
  await expect(record).not.toContainText('sleep has been poor');
  await expectNoAxeViolations(page);

  // PHQ-9 with the client in the room: official wording and attribution; a missing answer is named.
  await openSection(page, 'Measures', 'Measures');
  await expectNoAxeViolations(page);
  const inSession = page.getByRole('region', { name: 'With the client in session' });
  await inSession.getByRole('combobox', { name: 'Questionnaire' }).selectOption({ label: 'Patient Health Questionnaire (PHQ-9)' });
  await inSession.getByRole('button', { name: 'Enter with the client' }).click();
  const form = page.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' });
  await expect(form).toContainText('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
  await expect(question(form, 9)).toContainText('Thoughts that you would be better off dead or of hurting yourself in some way');
  await expect(question(form, 9).getByRole('radio')).toHaveCount(4);
  await expect(form.getByText('Kroenke K, Spitzer RL, Williams JBW.', { exact: false })).toBeVisible();
  for (let n = 1; n <= 8; n += 1) await question(form, n).getByRole('radio', { name: 'Several days' }).check();
  await form.getByRole('button', { name: 'Save answers' }).click();
  const notAnswered = form.locator('.error-summary');
  await expect(notAnswered).toBeFocused();
  await expect(notAnswered).toContainText('Some questions are not answered yet: 9.');
  await expect(notAnswered.getByRole('link')).toHaveText(['Question 9: Please answer this question.']);
  await expect(question(form, 9)).toContainText('Please answer this question.');
  await expectNoAxeViolations(page);

  await question(form, 9).getByRole('radio', { name: 'Not at all' }).check();
  await form.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PHQ-9 saved' })).toContainText('Total 8 of 27 — Mild');
  const row = page.getByRole('table', { name: 'Completed questionnaires' }).getByRole('row').filter({ hasText: 'PHQ-9' });
  await expect(row).toContainText('Total 8 of 27');
  await expect(row).toContainText('With the client, in session');
  await expect(row).toContainText(`Entered by ${BROWSER_TEST_ACCOUNTS.therapist.displayName}`);
  await expect(page.getByRole('img', { name: /^Line chart of PHQ-9 totals over time/ })).toBeVisible();
  const points = page.getByRole('table', { name: 'PHQ-9 totals as a table' }).getByRole('row');
  await expect(points).toHaveCount(2);
  await expect(points.nth(1)).toContainText('8 / 27');
  await expect(points.nth(1)).toContainText('Mild');
  await expect(points.nth(1)).toContainText('First (baseline)');
  await expectNoAxeViolations(page);
});

test('the prescriber records the checklist and a clearance; the therapist reads the summary; the co-facilitator only reads', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const client = await clientWithWholeTeam(baseURL ?? '', 'Ash');

  const prescriber = await (await browser.newContext()).newPage();
  await signIn(prescriber, 'prescriber');
  await mainNav(prescriber).getByRole('link', { name: 'Clinical settings' }).click();
  await expect(prescriber.getByRole('heading', { level: 1, name: 'Clinical settings' })).toBeVisible();
  await expect(prescriber.getByText('Defaults from the esketamine (Spravato) label and REMS', { exact: false })).toBeVisible();
  await expect(prescriber.getByRole('textbox', { name: /^Alert at SpO₂ below/ })).toHaveValue('92');
  await prescriber.getByRole('button', { name: 'Save clinical settings' }).click();
  await expect(prescriber.getByText('Clinical settings saved.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(prescriber);
  await findClient(prescriber, client.legalName, 'Ash');
  await expect(prescriber.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  await openSection(prescriber, 'Medical', 'Medical screening and clearance');
  await expectNoAxeViolations(prescriber);

  const checklist = prescriber.getByRole('form', { name: 'Medical screening checklist' });
  await checklist.getByRole('button', { name: 'Save the screening' }).click();
  await expect(checklist.locator('.error-summary').getByRole('link')).toHaveCount(17);
  await expectNoAxeViolations(prescriber);
  for (const item of await checklist.getByRole('group').all()) await item.getByRole('radio', { name: 'No', exact: true }).check();
  const glaucoma = checklist.getByRole('group', { name: 'Glaucoma' });
  await glaucoma.getByRole('radio', { name: 'Unknown' }).check();
  await glaucoma.getByRole('textbox', { name: 'Note on Glaucoma' }).fill('Eye examination booked for next week.');
  await checklist.getByRole('button', { name: 'Save the screening' }).click();
  await expect(checklist.getByText('Screening saved.')).toBeVisible();
  const attention = prescriber.getByRole('region', { name: 'Items that need attention' });
  await expect(attention.getByRole('listitem')).toHaveCount(1);
  await expect(attention.getByRole('listitem')).toContainText(['Glaucoma']);
  await expect(attention.getByRole('listitem')).toContainText(['Unknown']);

  const clearance = prescriber.getByRole('form', { name: 'Record a medical clearance' });
  await expect(clearance.getByLabel('Cleared on')).toHaveValue(practiceDate());
  await expect(clearance.getByRole('textbox', { name: /^No food for/ })).toHaveValue('2');
  await expect(clearance.getByRole('textbox', { name: /^Vitals due at/ })).toHaveValue('15, 30, 40, 60, 90, 120');
  await clearance.getByLabel('Valid until').fill(practiceDate(180));
  await clearance.getByRole('textbox', { name: /^Conditions/ }).fill('Recheck blood pressure before each session.');
  await clearance.getByRole('textbox', { name: /^Observe for at least/ }).fill('150');
  await clearance.getByRole('button', { name: 'Record clearance' }).click();
  const current = prescriber.getByRole('article', { name: 'Current clearance' });
  await expect(current).toContainText('Valid');
  await expect(current).toContainText('Recheck blood pressure before each session.');
  await expect(current).toContainText('At least 150 min from dose');
  await expectNoAxeViolations(prescriber);
  await prescriber.context().close();

  // The therapist sees what the session needs, without the prescriber's notes, and no medical forms.
  const therapist = await (await browser.newContext()).newPage();
  await signIn(therapist, 'therapist');
  await findClient(therapist, client.legalName, 'Ash');
  await openSection(therapist, 'Medical', 'Medical screening and clearance');
  await expect(therapist.getByRole('region', { name: 'Items that need attention' })).toContainText('Glaucoma');
  await expect(
    therapist.getByText('The prescriber’s notes on each item are visible to the prescriber only.', { exact: false }),
  ).toBeVisible();
  await expect(therapist.getByRole('main')).not.toContainText('Eye examination booked');
  await expect(therapist.getByRole('article', { name: 'Current clearance' })).toContainText('Recheck blood pressure before each session.');
  await expect(therapist.getByRole('form', { name: 'Record a medical clearance' })).toHaveCount(0);
  await expect(therapist.getByRole('form', { name: 'Medical screening checklist' })).toHaveCount(0);
  await expect(therapist.getByRole('button', { name: 'Withdraw this clearance' })).toHaveCount(0);
  await expectNoAxeViolations(therapist);
  await mainNav(therapist).getByRole('link', { name: 'Clinical settings' }).click();
  await expect(therapist.getByText('Only a prescriber can change them.', { exact: false })).toBeVisible();
  await expect(therapist.getByRole('region', { name: 'Session monitoring' })).toContainText('SpO₂ < 92%');
  // The monitoring thresholds are the prescriber's; the somatic vocabulary beside them is the clinicians' own (0034).
  await expect(therapist.getByRole('region', { name: 'Session monitoring' }).getByRole('textbox')).toHaveCount(0);
  await expect(
    therapist
      .getByRole('region', { name: /Somatic vocabulary/ })
      .getByRole('textbox')
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(therapist);
  await therapist.context().close();

  // The co-facilitator reads every section of the chart and is offered nothing to change.
  const coFacilitator = await (await browser.newContext()).newPage();
  await signIn(coFacilitator, 'coFacilitator');
  await findClient(coFacilitator, client.legalName, 'Ash');
  const main = coFacilitator.getByRole('main');
  await expect(coFacilitator.getByRole('region', { name: 'Care team' })).toContainText(BROWSER_TEST_ACCOUNTS.coFacilitator.displayName);
  await expect(main.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(coFacilitator);
  for (const [section, heading] of [
    ['Consultation', 'Consultation and assessment'],
    ['Measures', 'Measures'],
    ['Medical', 'Medical screening and clearance'],
    ['Safety flags', 'All safety flags'],
  ] as const) {
    await openSection(coFacilitator, section, heading);
    await expect(main.getByRole('button')).toHaveCount(0);
    await expect(main.getByRole('textbox')).toHaveCount(0);
    await expectNoAxeViolations(coFacilitator);
  }
  await expect(chartSections(coFacilitator).getByRole('link', { name: 'Safety flags' })).toHaveAttribute('aria-current', 'page');
  await coFacilitator.context().close();
});

test('a request becomes a chart; a flag raised in session stays on the chart and the list until acknowledged with a note', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = uniqueName('Jules Moreau');
  const sent = await page.request.post('/api/enquiries', {
    data: { name, email: 'jules@example.org', preferredContact: 'email', reason: 'Numb for a long time.', consent: true },
  });
  expect(sent.status()).toBe(201);

  await signIn(page, 'therapist');
  await mainNav(page)
    .getByRole('link', { name: /^Requests/ })
    .click();
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open a chart' })).toHaveCount(0);
  const status = page.getByRole('region', { name: 'Status' });
  await status.getByRole('radio', { name: 'Contacted' }).check();
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(status.getByText('Status changed to Contacted.')).toBeVisible();
  await expect(status.getByRole('radio', { name: 'Became a client' })).toHaveCount(0);
  const open = page.getByRole('region', { name: 'Open a chart' });
  await open.getByRole('combobox', { name: 'Prescriber' }).selectOption({ label: BROWSER_TEST_ACCOUNTS.prescriber.displayName });
  await expectNoAxeViolations(page);
  await open.getByRole('button', { name: 'Open a chart' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(currentStep(page, name)).toHaveText('Consultation');
  await expect(
    page
      .getByRole('list', { name: `Where ${name} is on the path` })
      .getByRole('listitem')
      .first(),
  ).toHaveText('Enquiry, done');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('jules@example.org');
  const portal = page.getByRole('region', { name: 'Client portal' });
  await expect(portal).toContainText('No account');
  await portal.getByRole('button', { name: 'Invite to the portal' }).click();
  await expect(portal.getByRole('status')).toContainText('Invitation ready');
  await expect(portal).toContainText('Invited');

  await openSection(page, 'Measures', 'Measures');
  await page.getByRole('region', { name: 'With the client in session' }).getByRole('button', { name: 'Enter with the client' }).click();
  const form = page.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' });
  for (let n = 1; n <= 8; n += 1) await question(form, n).getByRole('radio', { name: 'Not at all' }).check();
  await question(form, 9).getByRole('radio', { name: 'Several days' }).check();
  await form.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PHQ-9 saved' })).toContainText('A safety flag was raised.');

  // On the chart's other tabs one line points to the flag; its card leads the overview, shown once per chart.
  await expect(page.getByRole('region', { name: 'Open safety flags' })).toContainText('1 open safety flag.');
  await expect(page.getByRole('region', { name: 'Safety flags', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await mainNav(page).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('searchbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('1 needs attention');
  await page.getByRole('combobox', { name: 'Safety flags' }).selectOption({ label: 'With an open safety flag' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/flagged=open/);
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name, exact: true }).click();

  // The flag leads the chart, in words and shape, until someone on the care team acknowledges it.
  const flags = page.getByRole('region', { name: 'Safety flags' });
  const flag = flags.getByRole('article');
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText('Needs attention');
  await expect(flag).toContainText('PHQ-9 question 9');
  await expectNoAxeViolations(page);
  await flag.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await flag.getByLabel('Note').fill('Spoke with Jules after the session: safe, plan agreed, follow-up call on Friday.');
  await expectNoAxeViolations(page);
  await flag.getByRole('button', { name: 'Acknowledge flag' }).click();
  await expect(flag.getByRole('status')).toContainText(`Acknowledged by ${BROWSER_TEST_ACCOUNTS.therapist.displayName}`);

  await openSection(page, 'Safety flags', 'All safety flags');
  const kept = page.getByRole('article').filter({ hasText: 'PHQ-9 question 9' });
  await expect(kept).toContainText(`Acknowledged by ${BROWSER_TEST_ACCOUNTS.therapist.displayName}`);
  await expect(kept).toContainText('follow-up call on Friday');
  await expect(kept.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: name })).toHaveCount(0);
});
