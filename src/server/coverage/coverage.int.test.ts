import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clinic, openClinic, PHQ9_ALL_ZERO } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import type { SeededUser } from '../seed/seed-staff.js';
import { endExpiredCoverage } from './end-expired-coverage.js';

const HOUR = 3_600_000;
const REASON = 'Covering for the on-call therapist tonight';

describe.each(TEST_DIALECTS)('coverage access, break-the-glass (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let flagId: string;
  let covering: { user: SeededUser; cookie: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    covering = clinic.otherTherapist;
    const flagged = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-responses`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9', answers: { ...PHQ9_ALL_ZERO, '9': 1 } },
    });
    flagId = flagged.json().flagsRaised[0].id;
  });
  afterAll(async () => t.close());

  // Staff sessions end after 30 idle minutes: after moving the clock past that, everyone signs in again.
  async function signInAgain() {
    for (const who of [clinic.therapist, clinic.prescriber, clinic.admin, covering]) who.cookie = await t.signIn(who.user);
  }

  const open = (cookie: string | undefined, payload: object, clientId = clinic.clientId) =>
    t.request({ method: 'POST', url: `/api/clients/${clientId}/coverage`, cookie, payload });
  const chart = (cookie: string) => t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie });

  it('answers 401 when not signed in, on every coverage route', async () => {
    expect((await open(undefined, { reason: REASON, password: 'x' })).statusCode).toBe(401);
    for (const url of ['/api/coverage', '/api/coverage/offers', '/api/notices', '/api/coverage/settings']) {
      expect((await t.request({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('offers the path from an open safety flag to a clinician outside the team, and to nobody else', async () => {
    const offers = (await t.request({ method: 'GET', url: '/api/coverage/offers', cookie: covering.cookie })).json().offers;
    expect(offers).toEqual([expect.objectContaining({ flagId, clientId: clinic.clientId, clientName: 'Mo', urgency: expect.any(String) })]);
    const mine = (await t.request({ method: 'GET', url: '/api/coverage/offers', cookie: clinic.therapist.cookie })).json().offers;
    expect(mine).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/coverage/offers', cookie: clinic.admin.cookie })).json().offers).toEqual([]);
  });

  it('needs a reason and the right password (400 naming the field), and keeps the chart closed', async () => {
    const noReason = await open(covering.cookie, { password: covering.user.password });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues[0].path).toBe('reason');
    const short = await open(covering.cookie, { reason: 'help', password: covering.user.password });
    expect(short.json().error.issues[0].path).toBe('reason');
    const wrong = await open(covering.cookie, { reason: REASON, password: 'not my password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues).toEqual([{ path: 'password', message: expect.any(String) }]);
    expect((await chart(covering.cookie)).statusCode).toBe(404);
  });

  it('is for clinicians only: an office admin, a client that does not exist, and someone on the team are refused', async () => {
    expect((await open(clinic.admin.cookie, { reason: REASON, password: clinic.admin.user.password })).statusCode).toBe(404);
    const missing = await open(
      covering.cookie,
      { reason: REASON, password: covering.user.password },
      '0190a0a0-0000-7000-8000-000000000000',
    );
    expect(missing.statusCode).toBe(404);
    const onTeam = await open(clinic.therapist.cookie, { reason: REASON, password: clinic.therapist.user.password });
    expect(onTeam.statusCode).toBe(409);
  });

  it('opens the one chart for the window: audited with the grant id, and the care team is told in the app', async () => {
    const granted = await open(covering.cookie, { reason: REASON, password: covering.user.password });
    expect(granted.statusCode).toBe(200);
    const grant = granted.json();
    expect(Date.parse(grant.endsAt) - Date.parse(grant.startedAt)).toBe(4 * HOUR);

    expect((await chart(covering.cookie)).statusCode).toBe(200);
    const measures = await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie: covering.cookie });
    expect(measures.statusCode).toBe(200);
    // Coverage reads; it does not write the record.
    const write = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/consultations`,
      cookie: covering.cookie,
      payload: {},
    });
    expect(write.statusCode).toBe(404);
    const ack = await t.request({
      method: 'POST',
      url: `/api/safety-flags/${flagId}/acknowledge`,
      cookie: covering.cookie,
      payload: { note: 'Called the client; safe tonight.' },
    });
    expect(ack.statusCode).toBe(200);

    const rows = await t.deps.db.selectFrom('audit_log').select(['action', 'detail']).where('actor_id', '=', covering.user.id).execute();
    const detail = (r: { detail: unknown }) => (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<string, unknown>;
    const opened = rows.find((r) => r.action === 'coverage.open');
    expect(detail(opened!)).toMatchObject({ coverage: grant.id });
    expect(JSON.stringify(opened!.detail)).not.toContain('on-call');
    for (const action of ['client.read', 'measure.read', 'safety_flag.acknowledge']) {
      expect(
        rows.find((r) => r.action === action && detail(r).coverage === grant.id),
        action,
      ).toBeDefined();
    }
    expect(rows.filter((r) => r.action === 'client.read').every((r) => detail(r).coverage === grant.id)).toBe(true);

    for (const member of [clinic.therapist, clinic.prescriber, clinic.coFacilitator]) {
      const notices = (await t.request({ method: 'GET', url: '/api/notices', cookie: member.cookie })).json().notices;
      expect(notices).toEqual([
        expect.objectContaining({ kind: 'coverage_opened', clientId: clinic.clientId, reason: REASON, seenAt: null }),
      ]);
      expect(notices[0].message).toContain('coverage');
    }
    const notice = (await t.request({ method: 'GET', url: '/api/notices', cookie: clinic.therapist.cookie })).json().notices[0];
    expect((await t.request({ method: 'POST', url: `/api/notices/${notice.id}/seen`, cookie: covering.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/notices/${notice.id}/seen`, cookie: clinic.therapist.cookie })).statusCode).toBe(
      200,
    );
    const after = (await t.request({ method: 'GET', url: '/api/notices', cookie: clinic.therapist.cookie })).json().notices[0];
    expect(after.seenAt).not.toBeNull();
    expect((await t.request({ method: 'GET', url: '/api/notices', cookie: covering.cookie })).json().notices).toEqual([]);

    const again = await open(covering.cookie, { reason: REASON, password: covering.user.password });
    expect(again.statusCode).toBe(409);
    expect((await t.request({ method: 'GET', url: '/api/coverage', cookie: covering.cookie })).json().grants).toEqual([grant]);
  });

  it('ends by itself at the end of the window, and the job closes the record', async () => {
    t.advance(4 * HOUR - 1000);
    await signInAgain();
    expect((await chart(covering.cookie)).statusCode).toBe(200);
    t.advance(1000);
    expect((await chart(covering.cookie)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/coverage', cookie: covering.cookie })).json().grants).toEqual([]);
    expect(await endExpiredCoverage(t.deps)).toBe(1);
    expect(await endExpiredCoverage(t.deps)).toBe(0);
    const row = await t.deps.db
      .selectFrom('coverage_grants')
      .select('ended_at')
      .where('user_id', '=', covering.user.id)
      .executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
  });

  it('can be ended early by the clinician', async () => {
    const grant = (await open(covering.cookie, { reason: REASON, password: covering.user.password })).json();
    expect((await chart(covering.cookie)).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: `/api/coverage/${grant.id}/end`, cookie: clinic.therapist.cookie })).statusCode).toBe(
      404,
    );
    expect((await t.request({ method: 'POST', url: `/api/coverage/${grant.id}/end`, cookie: covering.cookie })).statusCode).toBe(200);
    expect((await chart(covering.cookie)).statusCode).toBe(404);
  });

  it('takes its window from the practice setting, which only an admin changes', async () => {
    const settings = {
      practiceName: 'Stillwater',
      therapistName: 'Ada',
      timeZone: 'America/Denver',
      emergencyNumber: '911',
    };
    expect((await t.request({ method: 'PUT', url: '/api/practice', cookie: clinic.admin.cookie, payload: settings })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/coverage/settings', cookie: covering.cookie })).json()).toEqual({
      coverageHours: 4,
    });
    const put = (cookie: string, coverageHours: unknown) =>
      t.request({ method: 'PUT', url: '/api/coverage/settings', cookie, payload: { coverageHours } });
    expect((await put(covering.cookie, 2)).statusCode).toBe(404);
    const bad = await put(clinic.admin.cookie, 0);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('coverageHours');
    expect((await put(clinic.admin.cookie, 2)).json()).toEqual({ coverageHours: 2 });
    const grant = (
      await open(clinic.prescriber.cookie, { reason: REASON, password: clinic.prescriber.user.password }, await otherClient())
    ).json();
    expect(Date.parse(grant.endsAt) - Date.parse(grant.startedAt)).toBe(2 * HOUR);
  });

  async function otherClient(): Promise<string> {
    const created = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: covering.cookie,
      payload: { legalName: 'Riley Park', therapistId: covering.user.id },
    });
    return created.json().id;
  }
});
