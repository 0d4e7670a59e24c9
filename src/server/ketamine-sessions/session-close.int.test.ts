import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, openConsoleSession, plannedSessionToday, vitals } from '../../testing/console-session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const MIN = 60_000;
const ALL_CHECKED = {
  alertAndOriented: true,
  steadyOnFeet: true,
  nauseaSettled: true,
  escortPresent: true,
  noDrivingAcknowledged: true,
  dissociationObserved: false,
};

/** Editing within the author's window, amending after it, and discharging when every item holds (issue 10, items 3 and 7). */
describe.each(TEST_DIALECTS)('closing a session (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const now = () => t.deps.clock();
  const post = async (sessionId: string, entries: object[], cookie = clinic.therapist.cookie) =>
    (await t.request({ method: 'POST', url: `/api/ketamine-sessions/${sessionId}/entries`, cookie, payload: { entries } })).json()
      .results as { outcome: string; error?: { code: string; issues?: { path: string }[] } }[];
  const later = async (ms: number) => {
    t.advance(ms);
    for (const who of [clinic.therapist, clinic.prescriber, clinic.coFacilitator]) who.cookie = await t.signIn(who.user);
  };
  const dosed = async () => {
    const id = await openConsoleSession(t, clinic, await plannedSessionToday(t, clinic));
    await post(id, [entry('vitals', vitals(120, 80, 'baseline'), now())]);
    const at = now().toISOString();
    const dose = { medicine: 'ketamine', mg: 50, route: 'intramuscular', administeredAt: at, lot: '' };
    const ids = { administeredBy: clinic.prescriber.user.id, orderedBy: clinic.prescriber.user.id };
    await post(id, [entry('dose', { ...dose, ...ids }, now())], clinic.prescriber.cookie);
    return id;
  };

  it('lets the author edit within the window, then only amend, keeping the original', async () => {
    const id = await dosed();
    const note = entry('note', { text: 'Breathing slowly.' }, now());
    await post(id, [note]);
    const replacement = (text: string) => ({ kind: 'note', body: { text } });
    const byOther = await post(id, [entry('edit', { targetId: note.id, replacement: replacement('x') }, now())], clinic.prescriber.cookie);
    expect(byOther[0]!.error?.code).toBe('not_the_author');
    const wrongKind = await post(id, [
      entry('edit', { targetId: note.id, replacement: { kind: 'fragment', body: { fragmentKind: 'image', words: 'x' } } }, now()),
    ]);
    expect(wrongKind[0]!.error?.issues?.[0]?.path).toBe('body.replacement.kind');
    await later(2 * MIN);
    expect(
      (await post(id, [entry('edit', { targetId: note.id, replacement: replacement('Breathing slowly and deeply.') }, now())]))[0]!.outcome,
    ).toBe('applied');
    const state = await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}`, cookie: clinic.therapist.cookie });
    const shown = state.json().entries.find((e: { id: string }) => e.id === note.id);
    expect(shown.original.body.text).toBe('Breathing slowly.');
    expect(shown.current.body.text).toBe('Breathing slowly and deeply.');
    expect(shown.editableUntil).not.toBeNull();
    expect(state.json().editWindowMinutes).toBe(5);

    await later(4 * MIN);
    const late = await post(id, [entry('edit', { targetId: note.id, replacement: replacement('Too late.') }, now())]);
    expect(late[0]!.error?.code).toBe('edit_window_passed');
    const noReason = await t.request({
      method: 'POST',
      url: `/api/ketamine-sessions/${id}/entries`,
      cookie: clinic.therapist.cookie,
      payload: { entries: [entry('amendment', { targetId: note.id, replacement: replacement('Later.'), reason: ' ' }, now())] },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues[0].path).toMatch(/^entries\.0\..*reason$/);
    const amended = await post(
      id,
      [
        entry(
          'amendment',
          { targetId: note.id, replacement: replacement('Breathing slowly, then sighing.'), reason: 'Added what followed.' },
          now(),
        ),
      ],
      clinic.prescriber.cookie,
    );
    expect(amended[0]!.outcome).toBe('applied');
    const after = (await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}`, cookie: clinic.therapist.cookie })).json();
    const entryNow = after.entries.find((e: { id: string }) => e.id === note.id);
    expect(entryNow.editableUntil).toBeNull();
    expect(entryNow.changes.map((c: { kind: string }) => c.kind)).toEqual(['edit', 'amendment']);
    expect(entryNow.original.body.text).toBe('Breathing slowly.');
  });

  it('discharges without a reason when every item holds, records "ready to leave at", then refuses all but amendments', async () => {
    const id = await dosed();
    const firstDose = now();
    await later(95 * MIN);
    const readyAt = now().toISOString();
    await later(30 * MIN);
    const assessment = entry('discharge_assessment', { ...ALL_CHECKED, clinicallyReadyAt: readyAt }, now());
    const results = await post(id, [entry('vitals', vitals(124, 80, 'discharge'), now()), assessment]);
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
    const state = (await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}`, cookie: clinic.therapist.cookie })).json();
    expect(state.discharge.allHold).toBe(true);
    expect(state.discharge.minutesUntilClinicallyReady).toBe(95);
    const badReady = await post(id, [
      entry('discharge_assessment', { ...ALL_CHECKED, clinicallyReadyAt: new Date(firstDose.getTime() - MIN).toISOString() }, now()),
    ]);
    expect(badReady[0]!.error?.issues?.[0]?.path).toBe('body.clinicallyReadyAt');
    expect((await post(id, [entry('discharged', { override: null }, now())]))[0]!.outcome).toBe('applied');
    const again = await post(id, [entry('discharged', { override: null }, now())]);
    expect(again[0]!.error?.code).toBe('already_discharged');
    t.advance(MIN);
    const edit = await post(id, [
      entry('edit', { targetId: assessment.id, replacement: { kind: 'discharge_assessment', body: ALL_CHECKED } }, now()),
    ]);
    expect(edit[0]!.error?.code).toBe('session_closed');
    const record = (
      await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}/record`, cookie: clinic.prescriber.cookie })
    ).json();
    expect(record.discharge).toMatchObject({
      allHold: true,
      clinicallyReadyAt: readyAt,
      discharged: { by: { id: clinic.therapist.user.id }, override: null },
    });
  });
});
