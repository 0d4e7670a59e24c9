import type { APIRequestContext, Page } from '@playwright/test';
import { SCREENING_ITEMS } from '../src/domain/medical/screening-checklist.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';
import { acceptInvitation, PHONE, preparePortalClient, staffApi } from './support/portal-client.js';
import { openSection } from './support/staff-clients.js';

const DESKTOP = { width: 1280, height: 900 };

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Where the gate starts in this story: a signed "proceed" consultation, the screening and a clearance. */
async function consultedAndCleared(baseURL: string, legalName: string) {
  const therapist = await staffApi(baseURL, 'therapist');
  const prescriber = await staffApi(baseURL, 'prescriber');
  try {
    const { clients } = await ok<{ clients: { id: string }[] }>(
      await therapist.get(`/api/clients?q=${encodeURIComponent(legalName)}`),
      'find',
    );
    const id = clients[0]?.id ?? '';
    const { today, tomorrow } = await ok<{ today: string; tomorrow: string }>(
      await therapist.get('/api/dashboard/planned-sessions'),
      'days',
    );
    const consultation = await ok<{ id: string }>(
      await therapist.post(`/api/clients/${id}/consultations`, {
        data: {
          heldOn: today,
          goals: 'Feel present with my family again',
          presentingConcerns: ['depression_not_improved'],
          decision: 'proceed_to_preparation',
          decisionReasons: 'Steady supports at home; medical screening to follow.',
        },
      }),
      'consultation',
    );
    await ok(await therapist.post(`/api/consultations/${consultation.id}/sign`, { data: {} }), 'sign consultation');
    const answers = Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }]));
    await ok(await prescriber.post(`/api/clients/${id}/screenings`, { data: { answers, notes: '' } }), 'screening');
    await ok(
      await prescriber.post(`/api/clients/${id}/clearances`, {
        data: { clearedOn: today, validUntil: addDays(today, 90), conditions: '' },
      }),
      'clearance',
    );
    return { id, today, tomorrow };
  } finally {
    await therapist.dispose();
    await prescriber.dispose();
  }
}

async function shot(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: `test-results/preparation-${name}.png`, fullPage: true });
}

test('a therapist takes a client from a signed “proceed” consultation to ready while the client prepares on a phone', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const client = await preparePortalClient(baseURL ?? '', [], 'Avery');
  const { id, today, tomorrow } = await consultedAndCleared(baseURL ?? '', client.name);

  // The therapist opens the Preparation tab: the gate lists what remains and who can resolve it.
  const staffContext = await browser.newContext({ viewport: DESKTOP });
  const staff = await staffContext.newPage();
  await signIn(staff, 'therapist');
  await staff.goto(`/app/clients/${id}`);
  await openSection(staff, 'Preparation', 'Preparation and readiness');
  const panel = staff.getByRole('region', { name: 'Readiness for a ketamine session' });
  await expect(panel).toContainText('Not ready yet');
  await expect(panel).toContainText('Who can resolve it: The client, in the portal');
  await expectNoAxeViolations(staff);

  // The course, touch preferences, safety plan; then planning tomorrow's session warns about what is open.
  await staff.getByRole('button', { name: 'Open the course' }).click();
  await expect(staff.getByRole('button', { name: 'Mark preparation complete' })).toBeVisible();
  const touch = staff.getByRole('form', { name: 'Touch and support preferences' });
  await touch.getByLabel('Holding a hand').check();
  await touch.getByLabel('Where or how never to touch').fill('Never the face or hair.');
  await touch.getByLabel('Signals in a session').fill('Raised hand = pause');
  await touch.getByRole('button', { name: 'Save a new version' }).click();
  await expect(touch).toContainText('Version 1, by');
  const plan = staff.getByRole('form', { name: 'Safety plan' });
  await plan.getByLabel('Warning signs').fill('Not sleeping; pulling away from friends.');
  await plan.getByLabel('Coping strategies').fill('Walk the dog. Paced breathing.');
  await plan.getByLabel('People and places that help').fill('Sam (sister) = 555-0142');
  await plan.getByRole('button', { name: 'Save a new version' }).click();
  await expect(plan).toContainText('Version 1, by');

  const planForm = staff.getByRole('form', { name: 'Plan a ketamine session' });
  await planForm.getByLabel('Date').fill(tomorrow);
  await planForm.getByLabel('Start time').fill('10:00');
  await expect(planForm.getByLabel('Expected length (minutes)')).toHaveValue('180');
  await planForm.getByLabel('Room').fill('Garden room');
  await planForm.getByRole('button', { name: 'Plan session' }).click();
  await expect(planForm.getByText('Planned, with items still open')).toBeVisible();
  // A preparation note: the draft saves itself while typing, then signing locks it.
  const notes = staff.getByRole('region', { name: 'Preparation session notes' });
  await notes.getByRole('button', { name: 'Write a preparation note' }).click();
  await notes.getByLabel('Date held').fill(today);
  await notes.getByLabel('What was explored').fill('Hopes for the first session; what safety feels like in the body.');
  await notes.getByLabel('What was practised').fill('Paced breathing, four in and six out; feet on the floor.');
  await expect(notes.getByText(/^Draft saved \d/)).toBeVisible();
  await notes.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(notes).toContainText('Signed');
  await staff.getByRole('button', { name: 'Mark preparation complete' }).click();
  await expect(staff.getByText('Complete, marked by')).toBeVisible();
  await expectNoAxeViolations(staff);
  await shot(staff, 'chart-open-items-desktop');

  // The client, on a phone: signs each consent, adds a grounding tool, confirms the checks, reads the plan.
  const phone = await acceptInvitation(browser, client, PHONE);
  await expect(phone.getByRole('region', { name: 'Getting ready' })).toBeVisible();
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-home-phone');
  await phone.getByRole('link', { name: /^Consents/ }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Consents' })).toBeVisible();
  await expectNoAxeViolations(phone);
  const toSign = phone.getByRole('region', { name: 'To read and sign' }).getByRole('link');
  const count = await toSign.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await phone.getByRole('region', { name: 'To read and sign' }).getByRole('link').first().click();
    await expect(phone.getByLabel('Your full name')).toBeVisible();
    if (i === 0) {
      await phone.getByRole('button', { name: 'Sign this consent' }).click();
      await expect(phone.locator('.error-summary')).toBeFocused();
      await expectNoAxeViolations(phone);
      await shot(phone, 'portal-consent-phone');
    }
    await phone.getByLabel('Your full name').fill(client.name);
    await phone.getByLabel('I have read this consent and I agree to it').check();
    await phone.getByRole('button', { name: 'Sign this consent' }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Consents' })).toBeVisible();
  }
  await expect(phone.getByRole('region', { name: 'To read and sign' })).toContainText('Nothing is waiting to be signed.');

  await phone.getByRole('link', { name: 'Back to your space' }).click();
  await phone.getByRole('link', { name: /Your grounding toolkit/ }).click();
  await phone.getByLabel('Name').fill('Feet on the floor');
  await phone.getByLabel('How you use it').fill('Press both feet down and notice the ground holding me.');
  await phone.getByRole('button', { name: 'Add to my toolkit' }).click();
  await expect(phone.getByRole('region', { name: 'Your tools' })).toContainText('Feet on the floor');
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-toolkit-phone');
  await phone.getByRole('link', { name: 'Practise paced breathing' }).click();
  await phone.getByRole('button', { name: 'Start breathing' }).click();
  await expect(phone.getByText('Breathe in', { exact: true })).toBeVisible();
  await expectNoAxeViolations(phone);
  await phone.getByRole('button', { name: 'Stop' }).click();

  await phone.goto('/app/portal/session');
  await expect(phone.getByRole('heading', { level: 1, name: 'Your next session' })).toBeVisible();
  for (const label of ['Fasting as instructed', 'A ride home is arranged']) await phone.getByLabel(label).check();
  await phone.getByRole('group', { name: 'I confirm that' }).getByRole('checkbox').last().check();
  await phone.getByRole('button', { name: 'Confirm' }).click();
  await expect(phone.getByText('every check is confirmed')).toBeVisible();
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-session-phone');

  await phone.goto('/app/portal/safety-plan');
  await expect(phone.getByRole('heading', { level: 1, name: 'Your safety plan' })).toBeVisible();
  await expect(phone.getByText('Not sleeping; pulling away from friends.')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Print my safety plan' })).toBeVisible();
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-safety-plan-phone');
  await phone.emulateMedia({ media: 'print' });
  await expect(phone.getByRole('button', { name: 'Print my safety plan' })).toBeHidden();
  await shot(phone, 'portal-safety-plan-print');
  await phone.emulateMedia({ media: 'screen' });

  // Back on the chart: every requirement met for tomorrow's session; the signed consent prints.
  await staff.reload();
  await expect(panel).toContainText('Ready: every requirement is met');
  await staff
    .getByRole('button', { name: /Show the signed/ })
    .first()
    .click();
  await expect(staff.getByText(`Signed by typing “${client.name}”`)).toBeVisible();
  await expectNoAxeViolations(staff);
  await shot(staff, 'chart-ready-desktop');

  await staff.goto('/app/');
  const sessions = staff.getByRole('region', { name: 'Ketamine sessions today and tomorrow' });
  await expect(sessions).toContainText(client.name);
  await expect(sessions).toContainText('Ready');
  await expectNoAxeViolations(staff);
  await shot(staff, 'dashboard-desktop');
  await staffContext.close();
  await phone.context().close();
});

test('the admin publishes a new version of a consent document, which asks clients on a current course to sign again', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consent documents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consent documents' })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.getByText('Template: review with your counsel').first()).toBeVisible();
  await expectNoAxeViolations(page);
  const touch = page.getByRole('region', { name: /Consent to supportive touch/ });
  await touch.getByRole('button', { name: 'Write a new version' }).click();
  const form = touch.getByRole('form', { name: /New version of/ });
  await form.getByLabel('Title').fill('Consent to supportive touch');
  await form
    .getByLabel('Text (Markdown)')
    .fill('## Supportive touch\n\nTouch is always your choice, and you can change your mind at any time.');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(touch.getByText('Version 2 published')).toBeVisible();
  await expect(touch).toContainText(/asked to read and sign it/);
  await shot(page, 'admin-consents-desktop');
  await context.close();
});
