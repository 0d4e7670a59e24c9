import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, openConsoleSession, plannedSessionToday, vitals } from '../../testing/console-session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

/** Issue 10 items 1 and 2 on the server: the dosing gate, who records a dose and on whose order, and "at a glance". */
describe.each(TEST_DIALECTS)('doses and what the console shows before dosing (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const now = () => t.deps.clock();
  const post = (sessionId: string, entries: object[], cookie = clinic.therapist.cookie) =>
    t.request({ method: 'POST', url: `/api/ketamine-sessions/${sessionId}/entries`, cookie, payload: { entries } });
  const state = async (sessionId: string, cookie = clinic.therapist.cookie) =>
    (await t.request({ method: 'GET', url: `/api/ketamine-sessions/${sessionId}`, cookie })).json();
  const ready = async () => openConsoleSession(t, clinic, await plannedSessionToday(t, clinic));
  const dose = (extra: object = {}) => ({
    medicine: 'ketamine',
    mg: 50,
    route: 'sublingual',
    administeredAt: now().toISOString(),
    administeredBy: clinic.prescriber.user.id,
    orderedBy: clinic.prescriber.user.id,
    lot: 'K-204',
    ...extra,
  });
  const decision = (baselineEntryId: string, choice: 'proceed' | 'do_not_dose', reason = '') =>
    entry('baseline_decision', { baselineEntryId, prescriberId: clinic.prescriber.user.id, decision: choice, reason }, now());
  const outcome = (reply: { json: () => { results: { outcome: string; error?: { code: string } }[] } }) => reply.json().results[0]!;

  it('refuses a dose on a contraindicated baseline until the prescriber overrides with a reason; then a booster needs no new decision', async () => {
    const id = await ready();
    const baseline = entry('vitals', vitals(186, 104, 'baseline'), now());
    await post(id, [baseline]);
    const refused = await post(id, [entry('dose', dose(), now())], clinic.prescriber.cookie);
    expect(outcome(refused)).toMatchObject({ outcome: 'rejected', error: { code: 'dosing_not_allowed' } });
    const noReason = await post(id, [decision(baseline.id, 'proceed')], clinic.prescriber.cookie);
    expect(noReason.json().results[0].error.issues[0].path).toBe('body.reason');
    expect(outcome(await post(id, [entry('dose', dose(), now())], clinic.prescriber.cookie)).outcome).toBe('rejected');
    await post(id, [decision(baseline.id, 'proceed', 'Rested 20 minutes; manual reading lower.')], clinic.prescriber.cookie);
    expect((await state(id)).dosingGate).toEqual({ allowed: true, via: 'prescriber_override' });
    expect(outcome(await post(id, [entry('dose', dose(), now())], clinic.prescriber.cookie)).outcome).toBe('applied');
    t.advance(20 * 60_000);
    const booster = await post(id, [entry('dose', dose({ mg: 25, administeredAt: now().toISOString() }), now())], clinic.prescriber.cookie);
    expect(outcome(booster).outcome).toBe('applied');
    const rows = await t.deps.db.selectFrom('session_doses').select(['mg', 'lot']).orderBy('administered_at').execute();
    expect(rows.map((r) => Number(r.mg))).toEqual([50, 25]);
  });

  it('holds the dose when the prescriber records "do not dose" on a raised baseline', async () => {
    const id = await ready();
    const baseline = entry('vitals', vitals(150, 92, 'baseline'), now());
    await post(id, [baseline]);
    expect((await state(id)).dosingGate).toMatchObject({ allowed: false, code: 'needs_prescriber_decision' });
    const byTherapist = await post(id, [decision(baseline.id, 'do_not_dose')]);
    expect(outcome(byTherapist).error?.code).toBe('not_the_prescriber');
    await post(id, [decision(baseline.id, 'do_not_dose', 'Headache and raised BP.')], clinic.prescriber.cookie);
    expect((await state(id)).dosingGate).toMatchObject({ allowed: false, code: 'prescriber_declined' });
    expect(outcome(await post(id, [entry('dose', dose(), now())], clinic.prescriber.cookie)).error?.code).toBe('dosing_not_allowed');
  });

  it('takes a dose from staff only on a named prescriber’s order; a co-facilitator records none', async () => {
    const id = await ready();
    await post(id, [entry('vitals', vitals(122, 78, 'baseline'), now())]);
    const { orderedBy: _o, ...withoutOrder } = dose({ administeredBy: clinic.therapist.user.id });
    const missing = await post(id, [entry('dose', withoutOrder, now())]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe('entries.0.body.orderedBy');
    const selfOrdered = await post(id, [
      entry('dose', dose({ administeredBy: clinic.therapist.user.id, orderedBy: clinic.therapist.user.id }), now()),
    ]);
    expect(selfOrdered.json().results[0]).toMatchObject({ outcome: 'rejected', error: { issues: [{ path: 'body.orderedBy' }] } });
    const byCo = await post(
      id,
      [entry('dose', dose({ administeredBy: clinic.coFacilitator.user.id }), now())],
      clinic.coFacilitator.cookie,
    );
    expect(outcome(byCo).outcome).toBe('rejected');
    const outsider = await post(id, [entry('dose', dose({ administeredBy: clinic.otherTherapist.user.id }), now())]);
    // The role checks in log-entries.ts name the field without the `body.` prefix the domain's checks use.
    expect(outsider.json().results[0].error.issues[0].path).toBe('administeredBy');
    const ordered = await post(id, [entry('dose', dose({ administeredBy: clinic.therapist.user.id }), now())]);
    expect(outcome(ordered).outcome).toBe('applied');
    const prn = (extra: object = {}) =>
      entry(
        'prn_medicine',
        {
          medicine: 'Ondansetron',
          amount: '4 mg',
          route: 'oral',
          givenAt: now().toISOString(),
          reason: 'Nausea',
          administeredBy: clinic.therapist.user.id,
          orderedBy: clinic.prescriber.user.id,
          ...extra,
        },
        now(),
      );
    expect(outcome(await post(id, [prn()])).outcome).toBe('applied');
    const noReason = await post(id, [prn({ reason: '' })]);
    expect(noReason.json().error.issues[0].path).toBe('entries.0.body.reason');
    expect(outcome(await post(id, [prn({ orderedBy: clinic.therapist.user.id })])).outcome).toBe('rejected');
  });

  it('sends "at a glance", the day’s readiness checks, overrides and the care team with the state', async () => {
    const planned = await plannedSessionToday(t, clinic, ['safety_plan']);
    await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${planned}/overrides`,
      cookie: clinic.prescriber.cookie,
      payload: { requirement: 'safety_plan', reason: 'Reviewed together by phone.' },
    });
    await t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}/touch-preferences`,
      cookie: clinic.therapist.cookie,
      payload: {
        consentedTouch: ['holding_hand'],
        neverTouch: 'the face',
        groundingCues: 'Feet on the floor\nSlow breath out',
        wordsToAvoid: 'calm down',
        signals: [{ signal: 'A raised hand', meaning: 'pause' }],
      },
    });
    await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/intentions`,
      cookie: clinic.therapist.cookie,
      payload: { text: 'To meet the grief gently' },
    });
    const id = await openConsoleSession(t, clinic, planned);
    const { glance } = await state(id, clinic.coFacilitator.cookie);
    expect(glance).toMatchObject({
      clientName: 'Mo',
      plannedSessionId: planned,
      intentions: ['To meet the grief gently'],
      touch: { consented: [{ code: 'holding_hand', label: 'Holding a hand' }], neverTouch: 'the face' },
      groundingCues: ['Feet on the floor', 'Slow breath out'],
      wordsToAvoid: ['calm down'],
      signals: [{ signal: 'A raised hand', meaning: 'pause' }],
      readiness: { overrides: [{ requirement: 'safety_plan', label: 'Safety plan', reason: 'Reviewed together by phone.' }] },
      viewerRoles: ['co_facilitator'],
    });
    expect(
      glance.readiness.checks.map((c: { item: string; confirmation: { channel: string } }) => [c.item, c.confirmation.channel]),
    ).toEqual([
      ['fasting', 'arrival'],
      ['ride_home', 'arrival'],
      ['no_driving', 'arrival'],
    ]);
    const prescriber = glance.team.find((p: { id: string }) => p.id === clinic.prescriber.user.id);
    expect(prescriber.roles).toEqual(['prescriber']);
    expect(glance.team).toHaveLength(3);
  });
});
