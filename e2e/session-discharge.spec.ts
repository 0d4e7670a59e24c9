import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { BROWSER_TEST_ACCOUNTS } from '../src/server/seed/browser-test-accounts.js';
import { openSeededConsoleSession } from './support/console-session.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';
import { staffApi } from './support/portal-client.js';

const LAPTOP = { width: 1440, height: 900 };
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results';

type Who = 'therapist' | 'prescriber' | 'coFacilitator';
const MIN = 60_000;

/** One entry as a device's outbox sends it; `minutesAgo` places it in the past, as an entry logged offline. */
function entry(kind: string, body: object, minutesAgo = 0) {
  return { id: uuidv7(), kind, deviceTime: new Date(Date.now() - minutesAgo * MIN).toISOString(), clockOffsetMs: 0, body };
}

async function post(api: APIRequestContext, sessionId: string, entries: object[]) {
  const response = await api.post(`/api/ketamine-sessions/${sessionId}/entries`, { data: { entries } });
  expect(response.ok(), await response.text()).toBe(true);
  const { results } = (await response.json()) as { results: { outcome: string }[] };
  expect(results.map((r) => r.outcome)).toEqual(entries.map(() => 'applied'));
}

async function me(api: APIRequestContext): Promise<string> {
  return ((await (await api.get('/api/auth/me')).json()) as { user: { id: string } }).user.id;
}

/**
 * A session given intranasal esketamine, with what the record shows: vitals with sedation, an alert the
 * co-facilitator acknowledged, a fragment, an adverse event, and a note logged twelve minutes ago on a
 * device that was offline (its edit window has passed).
 */
async function dosedSession(baseURL: string) {
  const { sessionId } = await openSeededConsoleSession(baseURL, 'Wren');
  const apis = {
    therapist: await staffApi(baseURL, 'therapist'),
    prescriber: await staffApi(baseURL, 'prescriber'),
    coFacilitator: await staffApi(baseURL, 'coFacilitator'),
  };
  try {
    const rx = await me(apis.prescriber);
    const reading = (systolic: number, diastolic: number, sedation: number | null) => ({
      systolic,
      diastolic,
      heartRate: 76,
      spo2: 97,
      respiratoryRate: null,
      sedation,
    });
    const oldNote = entry('note', { text: 'Arrived settled, talked about the drive.' }, 12);
    await post(apis.therapist, sessionId, [entry('vitals', { purpose: 'baseline', reading: reading(124, 78, null) }), oldNote]);
    const dose = { medicine: 'esketamine', mg: 56, route: 'intranasal', administeredAt: new Date().toISOString(), lot: 'LOT-4471' };
    await post(apis.prescriber, sessionId, [entry('dose', { ...dose, administeredBy: rx, orderedBy: rx })]);
    const high = entry('vitals', { purpose: 'scheduled', reading: reading(184, 104, 4) });
    await post(apis.coFacilitator, sessionId, [high]);
    await post(apis.therapist, sessionId, [
      entry('fragment', { fragmentKind: 'image', words: 'a lantern on still water' }),
      entry('adverse_event', {
        eventKind: 'nausea_vomiting',
        otherDescription: '',
        severity: 'mild',
        serious: false,
        actionTaken: 'Offered ginger tea',
        outcome: 'resolved',
      }),
    ]);
    const ack = await apis.coFacilitator.post(`/api/ketamine-sessions/${sessionId}/alerts/${high.id}:systolic_high/acknowledge`, {
      data: { note: 'Rechecking in five minutes.' },
    });
    expect(ack.ok(), await ack.text()).toBe(true);
    return { sessionId, oldNoteId: oldNote.id };
  } finally {
    for (const api of Object.values(apis)) await api.dispose();
  }
}

async function consoleAs(browser: import('@playwright/test').Browser, who: Who, sessionId: string) {
  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  await signIn(page, who);
  await page.goto(`/app/sessions/${sessionId}`);
  await expect(page.getByRole('heading', { level: 1, name: /Session console/ })).toBeVisible();
  return { context, page };
}

const entryRow = (page: Page, id: string) => page.locator(`[data-testid="timeline"] li[data-entry-id="${id}"]`);

test.describe('closing a session', () => {
  let contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    for (const c of contexts) await c.close();
    contexts = [];
  });

  test('edit within the window, amend after it, discharge early with the prescriber’s reason, then read the record', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const { sessionId, oldNoteId } = await dosedSession(baseURL as string);
    const therapist = await consoleAs(browser, 'therapist', sessionId);
    contexts.push(therapist.context);
    const page = therapist.page;

    // Edit: a note just logged, by its author, within the window — all by keyboard.
    await page.getByLabel('Free note (Enter saves)').fill('Breath slowing, eyes closed.');
    await page.getByLabel('Free note (Enter saves)').press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
    const edit = page.getByRole('button', { name: /^Edit note at/ });
    await edit.focus();
    await page.keyboard.press('Enter');
    const noteField = page.getByRole('textbox', { name: 'Note', exact: true });
    await expect(noteField).toBeFocused();
    await noteField.fill('Breath slowing, eyes closed, hands open.');
    await page.getByRole('button', { name: 'Save edit' }).click();
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toContainText('Breath slowing, eyes closed, hands open.');
    await expect(timeline).toContainText('edited by Tess Therapist');

    // Amend: the note logged offline twelve minutes ago is past its window, so only an amendment is offered.
    const old = entryRow(page, oldNoteId);
    await expect(old.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await old.getByRole('button', { name: /^Amend note at/ }).click();
    await old.getByRole('textbox', { name: 'Note', exact: true }).fill('Arrived settled; talked about the drive and her sister.');
    await old.getByRole('button', { name: 'Save amendment' }).click();
    await expect(old.getByRole('alert')).toContainText('Please say why it is amended');
    await old.getByLabel('Reason for the amendment').fill('Added what she said about her sister.');
    await old.getByRole('button', { name: 'Save amendment' }).click();
    await expect(old).toContainText('amended by Tess Therapist: Added what she said about her sister.', { timeout: 10_000 });
    await old.getByText('Original entry').click();
    await expect(old).toContainText('Arrived settled, talked about the drive.');

    // Discharge: the therapist sees what does not hold and that the prescriber records the reason.
    const discharge = page.getByRole('region', { name: 'Discharge' });
    await expect(discharge.getByRole('listitem').filter({ hasText: 'Minimum observation time has passed' })).toContainText('Not yet');
    await expect(discharge).toContainText('To discharge now, the prescriber records the reason here.');
    await expect(discharge.getByRole('button', { name: /^Discharge/ })).toHaveCount(0);

    const prescriber = await consoleAs(browser, 'prescriber', sessionId);
    contexts.push(prescriber.context);
    const rx = prescriber.page;
    const panel = rx.getByRole('region', { name: 'Discharge' });
    for (const label of [
      'Alert and oriented',
      'Steady on their feet',
      'Nausea has settled',
      'Escort is present',
      'No driving until tomorrow acknowledged',
    ])
      await panel.getByRole('checkbox', { name: label }).check();
    await panel.getByRole('radio', { name: 'No', exact: true }).check();
    await panel.getByRole('button', { name: 'Now' }).click();
    await panel.getByRole('button', { name: 'Save checks' }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Escort is present' })).toContainText('Holds', { timeout: 10_000 });
    await expect(panel.getByRole('listitem').filter({ hasText: 'Minimum observation time has passed' })).toContainText(/of 120 minutes/);
    await expect(panel).toContainText(/Clinically ready to leave \d+ minutes after the first dose/);
    await rx.locator('body').click({ position: { x: 5, y: 5 } });
    await expectNoAxeViolations(rx);
    await panel.screenshot({ path: `${SHOTS}/discharge-panel-normal.png` });
    await rx.getByRole('button', { name: /^Dim/ }).click();
    await expect(rx.locator('html')).toHaveAttribute('data-theme', 'dim');
    await expectNoAxeViolations(rx);
    await panel.screenshot({ path: `${SHOTS}/discharge-panel-dim.png` });
    await rx.getByRole('button', { name: /^Dim/ }).click();

    await panel.getByRole('button', { name: 'Discharge with this reason' }).click();
    await expect(panel.getByRole('alert')).toContainText('Please give the reason');
    await panel
      .getByLabel('Prescriber’s reason for discharging before every item holds')
      .fill('Ready at 90 minutes and steady; her partner is driving her home.');
    await panel.getByRole('button', { name: 'Discharge with this reason' }).click();
    await expect(panel.getByRole('status').filter({ hasText: /Discharged at/ })).toBeVisible({ timeout: 10_000 });
    await expect(rx.getByRole('heading', { level: 1 })).toContainText('discharged');
    await expect(rx.getByLabel('Free note (Enter saves)')).toHaveCount(0);
    await expect(rx.getByTestId('timeline').getByRole('button', { name: /^Edit/ })).toHaveCount(0);

    // The record, opened from the console.
    await panel.getByRole('link', { name: 'Session record (printable)' }).click();
    await expect(rx.getByRole('heading', { level: 1, name: 'Ketamine session record' })).toBeVisible();
    const record = rx.locator('.session-record');
    await expect(rx.getByRole('img', { name: /Chart of \d+ readings/ })).toBeVisible();
    const vitals = rx.getByRole('region', { name: 'Vitals' });
    await expect(vitals).toContainText('124/78');
    await expect(vitals).toContainText('184/104');
    await expect(rx.getByRole('region', { name: 'Doses and medicines given' })).toContainText('Esketamine (Spravato)');
    await expect(rx.getByRole('region', { name: 'Doses and medicines given' })).toContainText('LOT-4471');
    await expect(rx.getByRole('region', { name: 'Sedation ratings' })).toContainText('Lethargic response to name in a normal tone');
    await expect(rx.getByRole('region', { name: 'Observations and interventions' })).toContainText('her sister');
    await expect(rx.getByRole('region', { name: 'Fragments' })).toContainText('a lantern on still water');
    await expect(rx.getByRole('region', { name: 'Adverse events' })).toContainText('Offered ginger tea');
    await expect(rx.getByRole('region', { name: 'Alerts' })).toContainText(BROWSER_TEST_ACCOUNTS.coFacilitator.displayName);
    const signed = rx.getByRole('region', { name: 'Discharge', exact: true });
    await expect(signed).toContainText(`signed by ${BROWSER_TEST_ACCOUNTS.prescriber.displayName}`);
    await expect(signed).toContainText('her partner is driving her home');
    const rems = rx.getByRole('region', { name: 'Spravato REMS monitoring summary' });
    await expect(rems).toContainText('56 mg');
    await expect(rems).toContainText('124/78 mmHg');
    await expect(rems).toContainText('Minutes until ready to leave, without the 2-hour minimum');
    await expect(rx.getByRole('region', { name: 'Amendments' })).toContainText(
      /amended the note at .* Added what she said about her sister\./,
    );
    await expectNoAxeViolations(rx);
    await rx.screenshot({ path: `${SHOTS}/session-record-screen.png`, fullPage: true });
    // About the width of an A4 page at 96 dpi once the margins are taken off.
    await rx.setViewportSize({ width: 700, height: 1000 });
    await rx.emulateMedia({ media: 'print' });
    await expect(rx.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(rx.locator('.main-nav')).toBeHidden();
    await rx.screenshot({ path: `${SHOTS}/session-record-print.png`, fullPage: true });
    await rx.emulateMedia({ media: 'screen' });
    await rx.setViewportSize(LAPTOP);
    await rx.locator('html').evaluate((el) => el.setAttribute('data-theme', 'dim'));
    await expectNoAxeViolations(rx);
    await rx.screenshot({ path: `${SHOTS}/session-record-dim.png`, fullPage: true });
    expect(await record.count()).toBe(1);
  });
});

test.describe('the somatic vocabulary', () => {
  test('an admin adds and retires terms in clinical settings; the form passes axe', async ({ page, baseURL }) => {
    await page.setViewportSize(LAPTOP);
    await signIn(page, 'admin');
    await page.goto('/app/clinical-settings');
    const card = page.getByRole('region', { name: 'Somatic vocabulary for the session console' });
    const breath = card.getByRole('group', { name: 'Breath' });
    await breath.getByLabel('New breath term').fill('Shallow');
    await breath.getByLabel('New breath term').press('Enter');
    await expect(breath.getByRole('textbox', { name: 'Breath term 6' })).toHaveValue('Shallow');
    await breath.getByRole('button', { name: 'Retire Held' }).click();
    await card.getByRole('button', { name: 'Save vocabulary' }).click();
    await expect(card.getByText('Vocabulary saved')).toBeVisible();
    await expect(breath.getByRole('button', { name: 'Offer again Held' })).toBeVisible();
    await expectNoAxeViolations(page);
    await card.screenshot({ path: `${SHOTS}/vocabulary-editor.png` });

    const admin = await staffApi(baseURL as string, 'admin');
    try {
      const saved = (await (await admin.get('/api/practice/somatic-vocabulary')).json()) as {
        custom: boolean;
        vocabulary: Record<string, { code: string; label: string; retired: boolean }[]>;
      };
      expect(saved.custom).toBe(true);
      expect(saved.vocabulary.breath?.find((t) => t.code === 'shallow')).toMatchObject({ label: 'Shallow', retired: false });
      // Put the offered terms back as they were, so later sessions' shortcut keys stay the same.
      const back = {
        ...saved.vocabulary,
        breath: saved.vocabulary.breath?.map((t) => ({ ...t, retired: t.code === 'shallow' })),
      };
      const reset = await admin.put('/api/practice/somatic-vocabulary', { data: { vocabulary: back } });
      expect(reset.ok(), await reset.text()).toBe(true);
    } finally {
      await admin.dispose();
    }
  });
});
