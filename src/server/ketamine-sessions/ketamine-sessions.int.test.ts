import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, insertKetamineSession, openConsoleSession, plannedSessionToday, vitals } from '../../testing/console-session.js';
import { openTestStream } from '../../testing/sse-client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const MIN = 60_000;

describe.each(TEST_DIALECTS)('the session console (%s)', (dialect) => {
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
  const state = (sessionId: string, cookie = clinic.therapist.cookie) =>
    t.request({ method: 'GET', url: `/api/ketamine-sessions/${sessionId}`, cookie });
  const dose = (at: Date, extra: object = {}) => ({
    medicine: 'ketamine',
    mg: 50,
    route: 'intramuscular',
    administeredAt: at.toISOString(),
    administeredBy: clinic.prescriber.user.id,
    orderedBy: clinic.prescriber.user.id,
    ...extra,
  });
  /** Moves the clock on; idle sign-ins end after 30 minutes, so everyone signs in again. */
  const later = async (ms: number) => {
    t.advance(ms);
    for (const who of [clinic.therapist, clinic.prescriber, clinic.coFacilitator]) who.cookie = await t.signIn(who.user);
  };
  const ready = async () => openConsoleSession(t, clinic, await plannedSessionToday(t, clinic));

  it('opens only when the gate holds, naming what is unmet; a prescriber’s override counts as held', async () => {
    const planned = await plannedSessionToday(t, clinic, ['safety_plan']);
    const open = (cookie: string, body: object = { plannedSessionId: planned }) =>
      t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/ketamine-sessions`, cookie, payload: body });
    const refused = await open(clinic.therapist.cookie);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('gate_not_met');
    expect(refused.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['safety_plan']);
    expect((await open('')).statusCode).toBe(401);
    expect((await open(clinic.otherTherapist.cookie)).statusCode).toBe(404);
    expect((await open(clinic.coFacilitator.cookie)).statusCode).toBe(404);
    const bad = await open(clinic.therapist.cookie, { plannedSessionId: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('plannedSessionId');
    const override = await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${planned}/overrides`,
      cookie: clinic.prescriber.cookie,
      payload: { requirement: 'safety_plan', reason: 'Reviewed verbally.' },
    });
    expect(override.statusCode).toBe(200);
    const opened = await open(clinic.therapist.cookie);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ session: { status: 'open', clientId: clinic.clientId }, entries: [], cursor: null, liveSeq: 0 });
    const again = await open(clinic.prescriber.cookie);
    expect(again.json().session.id).toBe(opened.json().session.id);
    const row = await t.deps.db.selectFrom('ketamine_sessions').selectAll().executeTakeFirstOrThrow();
    const context = typeof row.context === 'string' ? JSON.parse(row.context) : row.context;
    expect(context).toMatchObject({
      plannedSessionId: planned,
      prescriberIds: [clinic.prescriber.user.id],
      consentedTouchKinds: ['holding_hand'],
      atAGlance: { readiness: { holds: true, overridden: ['safety_plan'] } },
    });
    const list = await t.request({
      method: 'GET',
      url: `/api/clients/${clinic.clientId}/ketamine-sessions`,
      cookie: clinic.coFacilitator.cookie,
    });
    expect(list.json().sessions).toHaveLength(1);
  });

  it('applies an entry once however often it is sent, and refuses its id with another body', async () => {
    const id = await ready();
    const e = entry('observation', { category: 'breath', term: 'slow' }, now());
    const first = await post(id, [e]);
    expect(first.statusCode).toBe(200);
    expect(first.json().results[0]).toMatchObject({ id: e.id, outcome: 'applied', timeSource: 'server' });
    const again = await post(id, [e, e]);
    expect(again.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    const changed = await post(id, [{ ...e, body: { category: 'breath', term: 'fast' } }]);
    expect(changed.json().results[0]).toMatchObject({ outcome: 'conflict', error: { code: 'conflict' } });
    const otherAuthor = await post(id, [e], clinic.coFacilitator.cookie);
    expect(otherAuthor.json().results[0].outcome).toBe('conflict');
    const elsewhere = await insertKetamineSession(t, clinic);
    expect((await post(elsewhere, [e])).json().results[0].outcome).toBe('conflict');
    // In one batch with a new entry: the taken id is refused, the new one still applies.
    const fresh = entry('observation', { category: 'breath', term: 'fast' }, now());
    const mixed = await post(elsewhere, [e, fresh]);
    expect(mixed.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['conflict', 'applied']);
    expect(await t.deps.db.selectFrom('session_entries').select('session_id').where('id', '=', fresh.id).execute()).toEqual([
      { session_id: elsewhere },
    ]);
    expect(await t.deps.db.selectFrom('session_entries').select('id').where('session_id', '=', id).execute()).toHaveLength(1);
    const view = (await state(id, clinic.coFacilitator.cookie)).json();
    expect(view.entries).toHaveLength(1);
    expect(view.entries[0]).toMatchObject({ id: e.id, author: { id: clinic.therapist.user.id }, current: { kind: 'observation' } });
    expect(view.liveSeq).toBe(1);
    const after = await t.request({
      method: 'GET',
      url: `/api/ketamine-sessions/${id}/entries?after=${encodeURIComponent(view.cursor)}`,
      cookie: clinic.therapist.cookie,
    });
    expect(after.json().entries).toEqual([]);
    const all = await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}/entries`, cookie: clinic.therapist.cookie });
    expect(all.json().entries).toHaveLength(1);
  });

  it('answers 401, 404 and 400 naming the field', async () => {
    const id = await ready();
    const e = entry('vitals', vitals(120, 80, 'baseline'), now());
    expect((await post(id, [e], '')).statusCode).toBe(401);
    expect((await post(id, [e], clinic.otherTherapist.cookie)).statusCode).toBe(404);
    expect((await post(id, [e], clinic.admin.cookie)).statusCode).toBe(404);
    expect((await state(id, clinic.otherTherapist.cookie)).statusCode).toBe(404);
    expect((await state(id, '')).statusCode).toBe(401);
    const bad = await post(id, [{ ...e, body: vitals(400, 80, 'baseline') }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('entries.0.body.reading.systolic');
    const badCursor = await t.request({
      method: 'GET',
      url: `/api/ketamine-sessions/${id}/entries?after=x`,
      cookie: clinic.therapist.cookie,
    });
    expect(badCursor.json().error.issues[0].path).toBe('after');
  });

  it('refuses touch the client did not consent to, and what a co-facilitator does not log', async () => {
    const id = await ready();
    const touch = (kind: string) => entry('intervention', { type: 'supportive_touch', touchKind: kind }, now());
    const [held, shoulder] = (await post(id, [touch('holding_hand'), touch('hand_on_shoulder')])).json().results;
    expect(held.outcome).toBe('applied');
    expect(shoulder).toMatchObject({ outcome: 'rejected', error: { code: 'touch_not_consented', issues: [{ path: 'body.touchKind' }] } });
    const co = await post(
      id,
      [entry('vitals', vitals(120, 80, 'baseline'), now()), entry('fragment', { fragmentKind: 'image', words: 'a lake' }, now())],
      clinic.coFacilitator.cookie,
    );
    expect(co.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'rejected']);
  });

  it('doses only after a baseline, by the prescriber’s order; a contraindicated baseline needs the prescriber’s override', async () => {
    const id = await ready();
    const early = await post(id, [entry('dose', dose(now()), now())]);
    expect(early.json().results[0].error.code).toBe('dosing_not_allowed');
    const baseline = entry('vitals', vitals(185, 95, 'baseline'), now());
    await post(id, [baseline]);
    expect((await state(id)).json().dosingGate).toMatchObject({ allowed: false, code: 'needs_prescriber_override' });
    const decision = (reason: string) =>
      entry(
        'baseline_decision',
        { baselineEntryId: baseline.id, prescriberId: clinic.prescriber.user.id, decision: 'proceed', reason },
        now(),
      );
    expect((await post(id, [decision('Rechecked by hand.')])).json().results[0].error.code).toBe('not_the_prescriber');
    const noReason = await post(id, [decision('')], clinic.prescriber.cookie);
    expect(noReason.json().results[0].error.issues[0].path).toBe('body.reason');
    expect((await post(id, [decision('Rechecked by hand; white-coat.')], clinic.prescriber.cookie)).json().results[0].outcome).toBe(
      'applied',
    );
    const unordered = await post(id, [entry('dose', dose(now(), { orderedBy: clinic.therapist.user.id }), now())]);
    expect(unordered.json().results[0].error.issues[0].path).toBe('body.orderedBy');
    const given = await post(id, [entry('dose', dose(now(), { administeredBy: clinic.therapist.user.id }), now())]);
    expect(given.json().results[0].outcome).toBe('applied');
    const after = (await state(id)).json();
    expect(after.session.status).toBe('dosed');
    expect(after.schedule.slots[0].minutes).toBe(15);
    const doses = await t.deps.db.selectFrom('session_doses').selectAll().execute();
    expect(doses).toMatchObject([{ ordered_by: clinic.prescriber.user.id, administered_by: clinic.therapist.user.id, mg: 50 }]);
  });

  it('raises an alert every device sees until acknowledged, with who acknowledged it', async () => {
    const id = await ready();
    await post(id, [entry('vitals', vitals(120, 80, 'baseline'), now())]);
    await post(id, [entry('dose', dose(now()), now())], clinic.prescriber.cookie);
    t.advance(15 * MIN);
    await post(id, [entry('vitals', vitals(182, 90), now())], clinic.coFacilitator.cookie);
    const alerts = (await state(id)).json().alerts;
    expect(alerts.map((a: { code: string }) => a.code).sort()).toEqual(['systolic_high', 'systolic_rise']);
    expect(alerts.find((a: { code: string }) => a.code === 'systolic_high').recheck.status).toBe('waiting');
    const ack = await t.request({
      method: 'POST',
      url: `/api/ketamine-sessions/${id}/alerts/${encodeURIComponent(alerts[0].id)}/acknowledge`,
      cookie: clinic.coFacilitator.cookie,
      payload: {},
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().alerts.find((a: { id: string }) => a.id === alerts[0].id).acknowledged.by.id).toBe(clinic.coFacilitator.user.id);
    const unknown = await t.request({
      method: 'POST',
      url: `/api/ketamine-sessions/${id}/alerts/nope/acknowledge`,
      cookie: clinic.therapist.cookie,
      payload: {},
    });
    expect(unknown.statusCode).toBe(404);
    const rows = await t.deps.db.selectFrom('session_alerts').selectAll().orderBy('code').execute();
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.acknowledged_by === clinic.coFacilitator.user.id)).toHaveLength(1);
  });

  it('discharges early only with the prescriber’s reason, then keeps the timeline read-only but for amendments', async () => {
    const id = await ready();
    const note = entry('note', { text: 'Settled in.' }, now());
    await post(id, [entry('vitals', vitals(120, 80, 'baseline'), now()), note]);
    await post(id, [entry('dose', dose(now()), now())], clinic.prescriber.cookie);
    await later(50 * MIN);
    const early = await post(id, [entry('discharged', {}, now())]);
    expect(early.json().results[0].error).toMatchObject({ code: 'discharge_needs_prescriber_reason' });
    expect(early.json().results[0].error.issues.map((i: { path: string }) => i.path)).toContain('body.unmet.minimum_observation');
    const notTheirs = await post(id, [
      entry('discharged', { override: { prescriberId: clinic.prescriber.user.id, reason: 'Seen.' } }, now()),
    ]);
    expect(notTheirs.json().results[0].error.code).toBe('discharge_needs_prescriber_reason');
    const discharged = await post(
      id,
      [entry('discharged', { override: { prescriberId: clinic.prescriber.user.id, reason: 'Family emergency; escorted home.' } }, now())],
      clinic.prescriber.cookie,
    );
    expect(discharged.json().results[0].outcome).toBe('applied');
    t.advance(MIN);
    const late = await post(id, [entry('note', { text: 'After.' }, now())]);
    expect(late.json().results[0].error.code).toBe('session_closed');
    const amended = await post(id, [
      entry(
        'amendment',
        { targetId: note.id, replacement: { kind: 'note', body: { text: 'Settled in quickly.' } }, reason: 'Clarity.' },
        now(),
      ),
    ]);
    expect(amended.json().results[0].outcome).toBe('applied');
    const record = (
      await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}/record`, cookie: clinic.coFacilitator.cookie })
    ).json();
    expect(record.session.status).toBe('discharged');
    expect(record.discharge.discharged).toMatchObject({
      by: { id: clinic.prescriber.user.id },
      override: { reason: 'Family emergency; escorted home.' },
    });
    expect(record.notes[0].text).toBe('Settled in quickly.');
    expect(record.amendments).toHaveLength(1);
    expect(record.rems).toBeNull();
    const row = await t.deps.db.selectFrom('ketamine_sessions').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'discharged', discharged_by: clinic.prescriber.user.id });
  });

  it('streams an entry posted by another person to an open console', async () => {
    const id = await ready();
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${base}/api/ketamine-sessions/${id}/stream`;
    expect((await openTestStream(url)).status).toBe(401);
    const hidden = await openTestStream(url, { cookie: clinic.otherTherapist.cookie });
    expect(hidden.status).toBe(404);
    const stream = await openTestStream(url, { cookie: clinic.therapist.cookie });
    try {
      expect(stream.status).toBe(200);
      await stream.waitFor((events) => events.some((e) => e.event === 'live.ready'));
      const e = entry('vitals', vitals(120, 80, 'baseline'), now());
      await post(id, [e], clinic.coFacilitator.cookie);
      await stream.waitFor((events) => events.some((x) => x.event === 'session.entry_added'));
      const added = stream.events.find((x) => x.event === 'session.entry_added')!;
      expect(JSON.parse(added.data).data).toEqual({ entryId: e.id });
    } finally {
      stream.close();
    }
  });
});
