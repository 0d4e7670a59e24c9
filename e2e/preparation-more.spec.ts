import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';
import { acceptInvitation, PHONE, preparePortalClient, staffApi } from './support/portal-client.js';
import { openSection } from './support/staff-clients.js';

const DESKTOP = { width: 1280, height: 900 };
const PHQ9_ITEM9 = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 1, '10': 0 };

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function shot(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results'}/prep-more-${name}.png`, fullPage: true });
}

/** One card, at full size, to look at closely. */
async function part(locator: Locator, name: string) {
  await locator.screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results'}/prep-more-${name}.png` });
}

const touchV1 = {
  consentedTouch: ['hand_on_shoulder', 'holding_hand'],
  neverTouch: 'Never the face or hair.',
  groundingCues: 'Feet on the floor',
  wordsToAvoid: 'Relax',
  signals: [{ signal: 'Raised hand', meaning: 'pause' }],
  reviewedWithClient: true,
};
const planV1 = {
  warningSigns: 'Not sleeping.',
  copingStrategies: 'Walk the dog.',
  peopleAndPlaces: [{ name: 'Sam (sister)', howToReach: '555-0142' }],
  professionals: [],
  makingSafe: '',
};

/**
 * A client part-way through preparation: two versions each of the touch preferences and the safety plan,
 * an open PHQ-9 question 9 flag, and a session planned for tomorrow afternoon.
 */
async function partWayThrough(baseURL: string, legalName: string) {
  const therapist = await staffApi(baseURL, 'therapist');
  const prescriber = await staffApi(baseURL, 'prescriber');
  try {
    const { clients } = await ok<{ clients: { id: string }[] }>(
      await therapist.get(`/api/clients?q=${encodeURIComponent(legalName)}`),
      'find',
    );
    const id = clients[0]?.id ?? '';
    const { tomorrow } = await ok<{ tomorrow: string }>(await therapist.get('/api/dashboard/planned-sessions'), 'days');
    const me = await ok<{ user: { id: string } }>(await therapist.get('/api/auth/me'), 'me');
    const { staff } = await ok<{ staff: { id: string; displayName: string }[] }>(await therapist.get('/api/staff-directory'), 'staff');
    const prescriberId = staff.find((p) => p.displayName === BROWSER_TEST_ACCOUNTS.prescriber.displayName)?.id ?? '';
    await ok(await therapist.put(`/api/clients/${id}/touch-preferences`, { data: touchV1 }), 'touch 1');
    await ok(
      await therapist.put(`/api/clients/${id}/touch-preferences`, {
        data: { ...touchV1, consentedTouch: ['holding_hand'], wordsToAvoid: 'Relax; calm down' },
      }),
      'touch 2',
    );
    await ok(await therapist.put(`/api/clients/${id}/safety-plan`, { data: planV1 }), 'plan 1');
    await ok(
      await therapist.put(`/api/clients/${id}/safety-plan`, { data: { ...planV1, warningSigns: 'Not sleeping; skipping meals.' } }),
      'plan 2',
    );
    await ok(
      await prescriber.post(`/api/clients/${id}/measure-responses`, { data: { instrumentId: 'PHQ-9', answers: PHQ9_ITEM9 } }),
      'phq-9',
    );
    const session = {
      date: tomorrow,
      startTime: '17:00',
      expectedMinutes: 60,
      therapistId: me.user.id,
      prescriberId,
      room: 'Cedar room',
    };
    await ok(await therapist.post(`/api/clients/${id}/planned-sessions`, { data: session }), 'plan session');
    return { id, session };
  } finally {
    await therapist.dispose();
    await prescriber.dispose();
  }
}

test('versions, revising an intention, canceling a session, the Medical tab’s flags and an override, for therapist, prescriber and client', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const client = await preparePortalClient(baseURL ?? '', [], 'Jules');
  const { id, session } = await partWayThrough(baseURL ?? '', client.name);

  // The client, on a phone, writes an intention of their own.
  const phone = await acceptInvitation(browser, client, PHONE);
  await phone.goto('/app/portal/intentions');
  await phone.getByLabel('Your intention', { exact: true }).fill('Sleep better');
  await phone.getByRole('button', { name: 'Add' }).click();
  await expect(phone.getByRole('listitem').filter({ hasText: 'Sleep better' })).toBeVisible();

  // The therapist revises it from the chart; both wordings stay, each with its author.
  const staffContext = await browser.newContext({ viewport: DESKTOP });
  const staff = await staffContext.newPage();
  await signIn(staff, 'therapist');
  await staff.goto(`/app/clients/${id}`);
  await openSection(staff, 'Preparation', 'Preparation and readiness');
  const intentions = staff.getByRole('region', { name: 'Goals and intentions' });
  await intentions.getByRole('button', { name: /^Revise/ }).click();
  const revise = intentions.getByRole('form', { name: 'Revise the intention' });
  await revise.getByLabel('New wording').fill('');
  await revise.getByRole('button', { name: 'Save a new version' }).click();
  await expect(revise.locator('.error-summary')).toContainText('New wording');
  await revise.getByLabel('New wording').fill('Sleep through the night, most nights');
  await revise.getByRole('button', { name: 'Save a new version' }).click();
  await expect(intentions).toContainText('Sleep through the night, most nights');
  await intentions.getByRole('button', { name: 'Show every version (2 versions)' }).click();
  await expect(intentions.locator('.version-list > li')).toHaveCount(2);
  await expect(intentions.locator('.version-list > li').last()).toContainText(`${client.preferredName} (client)`);
  await expect(intentions.locator('.version-list > li').last()).toContainText('Sleep better');

  // Every version of the touch preferences and the safety plan, as saved.
  const touch = staff.getByRole('form', { name: 'Touch and support preferences' });
  await touch.getByRole('button', { name: 'Show every version (2 versions)' }).click();
  await expect(touch.locator('.version-list > li')).toHaveCount(2);
  await expect(touch.locator('.version-list > li').last()).toContainText('A hand on the shoulder; Holding a hand');
  await expect(touch.getByRole('button', { name: 'Hide every version (2 versions)' })).toHaveAttribute('aria-expanded', 'true');
  const plan = staff.getByRole('form', { name: 'Safety plan' });
  await plan.getByRole('button', { name: 'Show every version (2 versions)' }).click();
  await expect(plan.locator('.version-list > li').first()).toContainText('Not sleeping; skipping meals.');
  await expect(plan.locator('.version-list > li').last()).toContainText('Version 1, by');
  await expectNoAxeViolations(staff);
  await shot(staff, 'chart-versions-desktop');
  await part(intentions, 'part-intentions');
  await part(touch, 'part-touch');

  // Canceling tomorrow's session needs a reason; it stays on record and frees the people and the room.
  const planned = staff.getByRole('region', { name: 'Planned ketamine sessions' });
  await planned.getByRole('button', { name: /^Cancel this session/ }).click();
  const cancel = planned.getByRole('form', { name: /^Cancel the session of/ });
  await expect(cancel.getByLabel('Reason for canceling')).toBeFocused();
  await cancel.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(cancel.locator('.error-summary')).toContainText('Reason');
  await expectNoAxeViolations(staff);
  await part(planned, 'part-cancel-form');
  await cancel.getByLabel('Reason for canceling').fill('The client has a fever.');
  await cancel.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(planned).toContainText('Canceled by');
  await expect(planned).toContainText('The client has a fever.');
  await expect(planned.getByRole('button', { name: /^Cancel this session/ })).toHaveCount(0);
  await expectNoAxeViolations(staff);
  await shot(staff, 'chart-canceled-desktop');
  await part(planned, 'part-canceled');
  const therapistApi = await staffApi(baseURL ?? '', 'therapist');
  const again = await ok<{ session: { id: string } }>(
    await therapistApi.post(`/api/clients/${id}/planned-sessions`, { data: session }),
    'the same time and room, planned again',
  );
  await therapistApi.dispose();

  // The prescriber: the Medical tab shows the open flag once, with no second reminder above it.
  const prescriberContext = await browser.newContext({ viewport: DESKTOP });
  const prescriber = await prescriberContext.newPage();
  await signIn(prescriber, 'prescriber');
  await prescriber.goto(`/app/clients/${id}`);
  await openSection(prescriber, 'Medical', 'Medical screening and clearance');
  const medicalFlags = prescriber.getByRole('region', { name: 'An open safety flag' });
  await expect(medicalFlags).toContainText('Needs attention');
  await expect(medicalFlags.getByRole('link', { name: 'Read and acknowledge on the overview' })).toBeVisible();
  await expect(prescriber.locator('.flags-reminder')).toHaveCount(0);
  await expect(prescriber.getByRole('region', { name: 'Record a medical clearance' })).toContainText('record the medical screening first');
  await expectNoAxeViolations(prescriber);
  await shot(prescriber, 'medical-flag-desktop');
  await part(prescriber.locator('.chart-section'), 'part-medical');

  // The prescriber reads the touch preferences and the safety plan with their history, and overrides one item.
  await openSection(prescriber, 'Preparation', 'Preparation and readiness');
  const readTouch = prescriber.getByRole('region', { name: 'Touch and support preferences' });
  await expect(readTouch).toContainText('Holding a hand');
  await readTouch.getByRole('button', { name: 'Show every version (2 versions)' }).click();
  await expect(readTouch.locator('.version-list > li')).toHaveCount(2);
  const panel = prescriber.getByRole('region', { name: 'Readiness for a ketamine session' });
  const override = panel.getByRole('form', { name: 'Prescriber’s override for this session' });
  await override.getByLabel('Requirement').selectOption({ label: 'Preparation marked complete' });
  await override.getByLabel('Reason').fill('Preparation was done with a colleague; notes on file.');
  await override.getByRole('button', { name: 'Record override' }).click();
  await expect(panel).toContainText('Overridden by');
  await expect(prescriber.getByRole('region', { name: 'Planned ketamine sessions' })).toContainText('1 overridden');
  await expectNoAxeViolations(prescriber);
  await shot(prescriber, 'chart-prescriber-desktop');
  await part(panel, 'part-panel-override');
  await part(readTouch, 'part-read-touch');
  await prescriber.goto('/app/');
  const today = prescriber.getByRole('region', { name: 'Ketamine sessions today and tomorrow' });
  await expect(today.getByRole('listitem').filter({ hasText: client.name })).toContainText('1 overridden');
  await expectNoAxeViolations(prescriber);
  await shot(prescriber, 'dashboard-override-desktop');
  await part(today, 'part-dashboard');
  expect(again.session.id).toBeTruthy();

  // The client: the touch preferences, the safety plan and the intention, each with every earlier version.
  await phone.goto('/app/portal');
  await phone.getByRole('link', { name: /^Touch and support/ }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Touch and support in a session' })).toBeVisible();
  await expect(phone.getByText('Relax; calm down')).toBeVisible();
  await phone.getByRole('button', { name: 'Show every version (2 versions)' }).click();
  await expect(phone.locator('.version-list > li')).toHaveCount(2);
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-touch-phone');
  await phone.goto('/app/portal/safety-plan');
  await phone.getByRole('button', { name: 'Show every version (2 versions)' }).click();
  await expect(phone.locator('.version-list > li').last()).toContainText('Not sleeping.');
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-plan-versions-phone');
  await phone.emulateMedia({ media: 'print' });
  await expect(phone.getByRole('region', { name: 'Earlier versions' })).toBeHidden();
  await shot(phone, 'portal-plan-print');
  await phone.emulateMedia({ media: 'screen' });
  await phone.goto('/app/portal/intentions');
  await phone.getByRole('button', { name: 'Show earlier wordings (2 versions)' }).click();
  await expect(phone.locator('.version-list > li').first()).toContainText('Sleep through the night, most nights');
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-intentions-phone');
  await phone.goto('/app/portal/session');
  await expect(phone.getByRole('region', { name: 'What to bring' })).toBeVisible();
  await expect(phone.locator('.portal-lead')).toContainText('17:00');
  await expectNoAxeViolations(phone);
  await shot(phone, 'portal-session-phone');
  await staffContext.close();
  await prescriberContext.close();
  await phone.context().close();
});
