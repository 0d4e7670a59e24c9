import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { makeClientReady, setPracticeTimeZone } from '../../testing/ready-client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { inTransaction } from '../platform/deps.js';
import { assertGateHolds } from '../readiness/client-gate.js';

const HOUR = 3_600_000;

describe.each(TEST_DIALECTS)('planned sessions and the readiness gate (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    await setPracticeTimeZone(t, clinic, 'America/New_York');
  });
  afterEach(async () => t.close());

  const plan = (cookie: string, body: object = {}, clientId = clinic.clientId) =>
    t.request({
      method: 'POST',
      url: `/api/clients/${clientId}/planned-sessions`,
      cookie,
      payload: {
        date: '2026-11-24',
        startTime: '10:00',
        therapistId: clinic.therapist.user.id,
        prescriberId: clinic.prescriber.user.id,
        room: 'Garden room',
        ...body,
      },
    });
  const signInClient = async () => {
    const r = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'mo@example.org', password: 'lanterns over still water' },
    });
    return `hs_session=${r.cookies.find((c) => c.name === 'hs_session')?.value}`;
  };
  const readiness = (cookie?: string, query = '') =>
    t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/readiness${query}`, cookie });

  it('lists everything a brand-new client still needs, with who can resolve each', async () => {
    const gate = (await readiness(clinic.therapist.cookie, '?date=2026-12-01')).json();
    expect(gate).toMatchObject({ date: '2026-12-01', holds: false, plannedSessionId: null });
    expect(gate.unmet).toEqual([
      'consultation_proceed',
      'medical_screening',
      'medical_clearance',
      'consents_signed',
      'preparation_complete',
      'safety_plan',
      'touch_preferences',
    ]);
    expect(gate.items.find((i: { code: string }) => i.code === 'medical_screening').resolvedByText).toBe('The prescriber.');
    expect((await readiness(undefined)).statusCode).toBe(401);
    expect((await readiness(clinic.otherTherapist.cookie)).statusCode).toBe(404);
    const bad = await readiness(clinic.therapist.cookie, '?date=2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('date');
    expect((await readiness(clinic.coFacilitator.cookie)).json().date).toBe('2026-11-22');
  });

  it('refuses the move into ketamine sessions until the gate holds, then allows it', async () => {
    const refused = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.therapist.cookie,
      payload: { phase: 'sessions' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('gate_not_met');
    expect(refused.json().error.issues.map((i: { path: string }) => i.path)).toContain('medical_clearance');
    await makeClientReady(t, clinic);
    const moved = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.therapist.cookie,
      payload: { phase: 'sessions' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().phase).toBe('sessions');
  });

  it('plans a session in the practice’s time zone, warning (not refusing) while items are open', async () => {
    const planned = await plan(clinic.therapist.cookie, { coFacilitatorIds: [clinic.coFacilitator.user.id] });
    expect(planned.statusCode).toBe(200);
    expect(planned.json().session).toMatchObject({
      startsAt: '2026-11-24T15:00:00.000Z',
      endsAt: '2026-11-24T18:00:00.000Z',
      localDate: '2026-11-24',
      localStartTime: '10:00',
      localEndTime: '13:00',
      expectedMinutes: 180,
      prescriberPresence: 'in_room',
      therapist: { id: clinic.therapist.user.id },
      coFacilitators: [{ id: clinic.coFacilitator.user.id }],
      gate: { holds: false },
    });
    expect(planned.json().warning).toMatch(/^Planned\. Before this session can start: consultation signed/);
    expect((await plan(clinic.prescriber.cookie)).statusCode).toBe(404);
    expect((await plan(clinic.otherTherapist.cookie)).statusCode).toBe(404);
    expect((await plan('')).statusCode).toBe(401);
    const bad = await plan(clinic.therapist.cookie, { startTime: '25:00' });
    expect(bad.json().error.issues[0].path).toBe('startTime');
    const notATherapist = await plan(clinic.therapist.cookie, { therapistId: clinic.prescriber.user.id, date: '2026-11-30' });
    expect(notATherapist.json().error.issues[0].path).toBe('therapistId');
    const past = await plan(clinic.therapist.cookie, { date: '2026-11-21' });
    expect(past.json().error.issues[0].path).toBe('date');
    const list = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/planned-sessions`, cookie: clinic.coFacilitator.cookie })
    ).json();
    expect(list.sessions).toHaveLength(1);
  });

  it('refuses a clinician or room already planned for an overlapping session, naming the clash', async () => {
    await plan(clinic.therapist.cookie);
    const other = await openClinic(t, { legalName: 'Sam Rivera', email: 'sam@example.org' });
    // Same therapist (on both teams), two hours later: still inside the first session's three hours.
    await t.request({
      method: 'PUT',
      url: `/api/clients/${other.clientId}/care-team`,
      cookie: other.therapist.cookie,
      payload: { therapistId: clinic.therapist.user.id, prescriberId: other.prescriber.user.id, coFacilitatorIds: [] },
    });
    const clash = await plan(clinic.therapist.cookie, { startTime: '12:00', prescriberId: other.prescriber.user.id }, other.clientId);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('schedule_conflict');
    expect(clash.json().error.issues).toEqual([
      {
        path: 'therapistId',
        message: `${clinic.therapist.user.displayName} is already planned for another session 10:00–13:00 on 2026-11-24`,
      },
      { path: 'room', message: 'Garden room is already planned for another session 10:00–13:00 on 2026-11-24' },
    ]);
    expect(clash.json().error.message).not.toContain('Morgan');
    const backToBack = await plan(clinic.therapist.cookie, { startTime: '13:00', prescriberId: other.prescriber.user.id }, other.clientId);
    expect(backToBack.statusCode).toBe(200);
  });

  it('frees the people and the room when a session is cancelled, keeping it on record', async () => {
    const id = (await plan(clinic.therapist.cookie)).json().session.id;
    const noReason = await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${id}/cancel`,
      cookie: clinic.therapist.cookie,
      payload: { reason: '' },
    });
    expect(noReason.json().error.issues[0].path).toBe('reason');
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${id}/cancel`,
      cookie: clinic.therapist.cookie,
      payload: { reason: 'Client unwell' },
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancellation: { reason: 'Client unwell' } });
    expect((await plan(clinic.therapist.cookie)).statusCode).toBe(200);
  });

  it('stores UTC and shows practice time correctly on both sides of the spring clock change', async () => {
    const before = (await plan(clinic.therapist.cookie, { date: '2027-03-13' })).json().session;
    const after = (await plan(clinic.therapist.cookie, { date: '2027-03-14' })).json().session;
    expect([before.startsAt, before.localStartTime]).toEqual(['2027-03-13T15:00:00.000Z', '10:00']);
    expect([after.startsAt, after.localStartTime]).toEqual(['2027-03-14T14:00:00.000Z', '10:00']);
    const skipped = await plan(clinic.therapist.cookie, { date: '2027-03-14', startTime: '02:30', room: 'Room 2' });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().error.issues[0]).toMatchObject({ path: 'startTime', message: expect.stringMatching(/clocks go forward/) });
  });

  it('takes readiness checks from the client the day before and from staff on arrival; then the gate holds', async () => {
    await makeClientReady(t, clinic);
    let portal = '';
    const session = (await plan(clinic.therapist.cookie)).json().session;
    expect(session.gate.unmet).toEqual(['readiness_fasting', 'readiness_ride_home', 'readiness_no_driving']);
    const confirm = (items: string[], cookie = portal) =>
      t.request({
        method: 'POST',
        url: `/api/portal/planned-sessions/${session.id}/readiness-checks`,
        cookie,
        payload: { items, note: 'My partner drives' },
      });
    portal = await signInClient();
    const next = (await t.request({ method: 'GET', url: '/api/portal/next-session', cookie: portal })).json();
    expect(next.session).toMatchObject({ id: session.id, localStartTime: '10:00', canConfirmFrom: '2026-11-23', canConfirmNow: false });
    expect(next.whatToBring.length).toBeGreaterThan(0);
    expect(next.fasting).toEqual({ foodHours: 2, liquidsMinutes: 30 });
    expect((await confirm(['fasting'])).json().error.code).toBe('too_early');
    t.advance(28 * HOUR); // 2026-11-23 09:00 in New York: the day before
    portal = await signInClient(); // idle sessions end; a day later everyone signs in again
    const coFacilitator = await t.signIn(clinic.coFacilitator.user);
    const therapist = await t.signIn(clinic.therapist.user);
    const bad = await confirm([]);
    expect(bad.json().error.issues[0].path).toBe('items');
    const confirmed = await confirm(['ride_home', 'no_driving']);
    expect(
      confirmed.json().session.readiness.map((r: { confirmation: { channel: string } | null }) => r.confirmation?.channel ?? null),
    ).toEqual([null, 'portal', 'portal']);
    expect((await confirm(['fasting'], therapist)).statusCode).toBe(404);
    const arrivalTooSoon = await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${session.id}/readiness-checks`,
      cookie: coFacilitator,
      payload: { items: ['fasting'] },
    });
    expect(arrivalTooSoon.json().error.code).toBe('not_session_day');
    t.advance(24 * HOUR); // the day of the session, on arrival
    const onArrival = await t.signIn(clinic.coFacilitator.user);
    const therapistToday = await t.signIn(clinic.therapist.user);
    await expect(inTransaction(t.deps, (tx) => assertGateHolds(tx, clinic.clientId, session.id))).rejects.toMatchObject({
      code: 'gate_not_met',
    });
    const arrival = await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${session.id}/readiness-checks`,
      cookie: onArrival,
      payload: { items: ['fasting'] },
    });
    expect(arrival.json()).toMatchObject({ gate: { holds: true, unmet: [] } });
    expect(arrival.json().readiness[0].confirmation).toMatchObject({ channel: 'arrival', byName: clinic.coFacilitator.user.displayName });
    const held = await inTransaction(t.deps, (tx) => assertGateHolds(tx, clinic.clientId, session.id));
    expect(held.holds).toBe(true);
    expect((await readiness(therapistToday)).json()).toMatchObject({ plannedSessionId: session.id, holds: true });
    await expect(t.deps.db.deleteFrom('readiness_confirmations').execute()).rejects.toThrow(/locked/);
  });

  it('lets only the client’s prescriber override one named requirement for one session, shown with the gate', async () => {
    await makeClientReady(t, clinic, ['safety_plan']);
    const session = (await plan(clinic.therapist.cookie)).json().session;
    const override = (cookie: string, body: object) =>
      t.request({ method: 'POST', url: `/api/planned-sessions/${session.id}/overrides`, cookie, payload: body });
    const body = { requirement: 'safety_plan', reason: 'Plan reviewed verbally; will be written up at the next session.' };
    for (const who of [clinic.therapist, clinic.admin, clinic.coFacilitator, clinic.otherTherapist]) {
      expect((await override(who.cookie, body)).statusCode).toBe(404);
    }
    expect((await override('', body)).statusCode).toBe(401);
    expect((await override(clinic.prescriber.cookie, { ...body, reason: ' ' })).json().error.issues[0].path).toBe('reason');
    expect((await override(clinic.prescriber.cookie, { ...body, requirement: 'dose' })).json().error.issues[0].path).toBe('requirement');
    expect((await override(clinic.prescriber.cookie, { ...body, requirement: 'medical_clearance' })).json().error.code).toBe('already_met');
    expect((await override(clinic.prescriber.cookie, { ...body, requirement: 'consents_signed' })).json().error.code).toBe(
      'not_overridable',
    );
    const done = await override(clinic.prescriber.cookie, body);
    expect(done.statusCode).toBe(200);
    const item = done.json().gate.items.find((i: { code: string }) => i.code === 'safety_plan');
    expect(item).toMatchObject({
      state: 'overridden',
      override: { prescriberName: clinic.prescriber.user.displayName, reason: body.reason },
    });
    expect(done.json().overrides).toHaveLength(1);
    expect((await override(clinic.prescriber.cookie, { ...body, requirement: 'readiness_fasting' })).json().error.code).toBe(
      'one_override_per_session',
    );
    const another = (await plan(clinic.therapist.cookie, { date: '2026-11-30' })).json().session;
    expect(another.gate.unmet).toContain('safety_plan');
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'readiness.override').execute();
    expect(audit).toHaveLength(1);
  });

  it('shows today’s and tomorrow’s sessions on the dashboards of the people involved, with their gate state', async () => {
    await plan(clinic.therapist.cookie, { date: '2026-11-23' }); // tomorrow in New York
    await plan(clinic.therapist.cookie, { date: '2026-11-28' });
    const mine = (await t.request({ method: 'GET', url: '/api/dashboard/planned-sessions', cookie: clinic.prescriber.cookie })).json();
    expect(mine).toMatchObject({ today: '2026-11-22', tomorrow: '2026-11-23' });
    expect(mine.sessions).toHaveLength(1);
    expect(mine.sessions[0]).toMatchObject({ localDate: '2026-11-23', gate: { holds: false } });
    expect(
      (await t.request({ method: 'GET', url: '/api/dashboard/planned-sessions', cookie: clinic.otherTherapist.cookie })).json().sessions,
    ).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/dashboard/planned-sessions' })).statusCode).toBe(401);
  });

  it('reads one planned session and its gate only for the care team', async () => {
    const id = (await plan(clinic.therapist.cookie)).json().session.id;
    expect((await t.request({ method: 'GET', url: `/api/planned-sessions/${id}`, cookie: clinic.admin.cookie })).statusCode).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/planned-sessions/${id}/readiness`, cookie: clinic.prescriber.cookie })).json()
        .plannedSessionId,
    ).toBe(id);
    expect((await t.request({ method: 'GET', url: `/api/planned-sessions/${id}`, cookie: clinic.otherTherapist.cookie })).statusCode).toBe(
      404,
    );
    expect((await t.request({ method: 'GET', url: `/api/planned-sessions/${id}/readiness` })).statusCode).toBe(401);
  });
});
