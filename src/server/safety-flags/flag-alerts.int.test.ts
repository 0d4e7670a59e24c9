import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromJsonColumn } from '../../db/json-column.js';
import { type Clinic, clientPortalCookie, openClinic, PHQ9_ALL_ZERO } from '../../testing/clinic.js';
import { startSmtpSink } from '../../testing/smtp-sink.js';
import { openTestStream } from '../../testing/sse-client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { createBackgroundWork } from '../background-work.js';
import { smtpDelivery } from '../platform/mail/mail-delivery.js';

describe.each(TEST_DIALECTS)('safety-flag alerts in the app (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let portal: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    portal = await clientPortalCookie(t, clinic);
  });
  afterEach(async () => t.close());

  const assign = async (instrumentId: string) =>
    (
      await t.request({
        method: 'POST',
        url: `/api/clients/${clinic.clientId}/measure-assignments`,
        cookie: clinic.therapist.cookie,
        payload: { instrumentId },
      })
    ).json().id as string;
  const disclose = async () => {
    const id = await assign('PHQ-9');
    const saved = await t.request({
      method: 'PUT',
      url: `/api/portal/assignments/${id}/draft`,
      cookie: portal,
      payload: { answers: { '9': 2 } },
    });
    expect(saved.statusCode).toBe(200);
    const [flag] = (
      await t.request({ method: 'GET', url: `/api/safety-flags?clientId=${clinic.clientId}`, cookie: clinic.therapist.cookie })
    ).json().flags;
    return { assignmentId: id, flagId: flag.id as string, saved: saved.json() };
  };
  const badge = async (cookie: string) => (await t.request({ method: 'GET', url: '/api/safety-flags/unseen', cookie })).json();
  const seen = (id: string, cookie?: string) =>
    t.request({ method: 'POST', url: `/api/safety-flags/${id}/seen`, ...(cookie ? { cookie } : {}) });
  const auditOf = (action: string) => t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('alerts every clinician on the care team in the app, and mails only the therapist and prescriber', async () => {
    const { flagId } = await disclose();
    const alerts = await t.deps.db.selectFrom('safety_flag_alerts').selectAll().where('flag_id', '=', flagId).execute();
    const byUser = new Map(alerts.map((a) => [a.user_id, a.outbox_id]));
    expect(byUser.size).toBe(3);
    expect(byUser.get(clinic.therapist.user.id)).toEqual(expect.any(String));
    expect(byUser.get(clinic.prescriber.user.id)).toEqual(expect.any(String));
    expect(byUser.get(clinic.coFacilitator.user.id)).toBeNull();
    const [audit] = await auditOf('safety_flag.alert');
    expect(fromJsonColumn(audit!.detail)).toMatchObject({ flagIds: [flagId], mail: 'kept in the outbox' });
    expect(JSON.stringify(audit!.detail)).not.toMatch(/Morgan|Mo\b/);
  });

  describe('the badge (GET /api/safety-flags/unseen)', () => {
    it('answers 401 signed out and 404 to the client’s own portal account', async () => {
      expect((await t.request({ method: 'GET', url: '/api/safety-flags/unseen' })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url: '/api/safety-flags/unseen', cookie: portal })).statusCode).toBe(404);
    });

    it('counts, for each person, the flags on their care teams they have not opened, and nobody else’s', async () => {
      expect(await badge(clinic.therapist.cookie)).toEqual({ unseen: 0, urgent: 0 });
      await disclose();
      for (const who of [clinic.therapist, clinic.prescriber, clinic.coFacilitator])
        expect(await badge(who.cookie)).toEqual({ unseen: 1, urgent: 0 });
      expect(await badge(clinic.otherTherapist.cookie)).toEqual({ unseen: 0, urgent: 0 });
      expect(await badge(clinic.admin.cookie)).toEqual({ unseen: 0, urgent: 0 });
    });

    it('counts an urgent flag as urgent', async () => {
      // The ASQ is asked by a clinician, with the client.
      const saved = await t.request({
        method: 'PUT',
        url: `/api/clients/${clinic.clientId}/measure-entries/01900000-0000-7000-8000-000000000001/draft`,
        cookie: clinic.therapist.cookie,
        payload: { instrumentId: 'ASQ', answers: { '5': 'yes' } },
      });
      expect(saved.statusCode).toBe(200);
      expect(await badge(clinic.prescriber.cookie)).toEqual({ unseen: 1, urgent: 1 });
    });
  });

  describe('opening a flag (POST /api/safety-flags/:id/seen)', () => {
    it('answers 401 signed out, 404 outside the care team or for the client, and 400 naming a bad id', async () => {
      const { flagId } = await disclose();
      expect((await seen(flagId)).statusCode).toBe(401);
      expect((await seen(flagId, clinic.otherTherapist.cookie)).statusCode).toBe(404);
      expect((await seen(flagId, clinic.admin.cookie)).statusCode).toBe(404);
      expect((await seen(flagId, portal)).statusCode).toBe(404);
      const bad = await seen('not-an-id', clinic.therapist.cookie);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues).toEqual([expect.objectContaining({ path: 'id' })]);
      expect(await auditOf('safety_flag.seen')).toHaveLength(0);
    });

    it('clears that person’s badge only, once, audited once, and the flag says so in their list', async () => {
      const { flagId } = await disclose();
      const first = await seen(flagId, clinic.therapist.cookie);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ id: flagId, seenAt: '2026-11-22T10:00:00.000Z', unseen: 0 });
      expect(await badge(clinic.therapist.cookie)).toEqual({ unseen: 0, urgent: 0 });
      expect(await badge(clinic.prescriber.cookie)).toEqual({ unseen: 1, urgent: 0 });
      t.advance(60_000);
      const again = await seen(flagId, clinic.therapist.cookie);
      expect(again.json().seenAt).toBe('2026-11-22T10:00:00.000Z');
      const audits = await auditOf('safety_flag.seen');
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ actor_id: clinic.therapist.user.id, record_id: flagId });
      const list = async (cookie: string) =>
        (await t.request({ method: 'GET', url: `/api/safety-flags?clientId=${clinic.clientId}`, cookie })).json().flags[0].seenByMe;
      expect(await list(clinic.therapist.cookie)).toBe(true);
      expect(await list(clinic.prescriber.cookie)).toBe(false);
    });

    it('counts acknowledging as seeing, and keeps an acknowledged flag on the dashboard of whoever has not opened it', async () => {
      const { flagId } = await disclose();
      const ack = await t.request({
        method: 'POST',
        url: `/api/safety-flags/${flagId}/acknowledge`,
        cookie: clinic.prescriber.cookie,
        payload: { note: 'Called them; safe tonight, plan reviewed.' },
      });
      expect(ack.json()).toMatchObject({ seenByMe: true });
      expect(await badge(clinic.prescriber.cookie)).toEqual({ unseen: 0, urgent: 0 });
      expect(await badge(clinic.therapist.cookie)).toEqual({ unseen: 1, urgent: 0 });
      const dashboard = async (cookie: string) =>
        (await t.request({ method: 'GET', url: '/api/safety-flags?state=attention', cookie }))
          .json()
          .flags.map((f: { id: string }) => f.id);
      expect(await dashboard(clinic.therapist.cookie)).toEqual([flagId]);
      expect(await dashboard(clinic.prescriber.cookie)).toEqual([]);
      await seen(flagId, clinic.therapist.cookie);
      expect(await dashboard(clinic.therapist.cookie)).toEqual([]);
    });
  });

  describe('what the client is told', () => {
    it('says an alert is waiting while nobody has opened it, and that someone has seen it once they have', async () => {
      const { assignmentId, flagId, saved } = await disclose();
      expect(saved).toMatchObject({ showCrisisResources: true, careTeamAlert: 'waiting' });
      const read = async () =>
        (await t.request({ method: 'GET', url: `/api/portal/assignments/${assignmentId}`, cookie: portal })).json().careTeamAlert;
      expect(await read()).toBe('waiting');
      await seen(flagId, clinic.coFacilitator.cookie);
      expect(await read()).toBe('seen');
      const sent = await t.request({
        method: 'POST',
        url: `/api/portal/assignments/${assignmentId}/response`,
        cookie: portal,
        payload: { answers: { ...PHQ9_ALL_ZERO, '9': 2 } },
      });
      expect(sent.json()).toMatchObject({ showCrisisResources: true, careTeamAlert: 'seen' });
    });

    it('never says anyone was told when the client has no care team to alert', async () => {
      const id = await assign('PHQ-9');
      await t.request({
        method: 'PUT',
        url: `/api/clients/${clinic.clientId}/care-team`,
        cookie: clinic.therapist.cookie,
        payload: { therapistId: clinic.therapist.user.id, prescriberId: null, coFacilitatorIds: [] },
      });
      // The therapist leaves the practice: nobody active is left on the care team.
      await t.request({
        method: 'POST',
        url: `/api/staff/${clinic.therapist.user.id}/status`,
        cookie: clinic.admin.cookie,
        payload: { status: 'deactivated' },
      });
      const saved = await t.request({
        method: 'PUT',
        url: `/api/portal/assignments/${id}/draft`,
        cookie: portal,
        payload: { answers: { '9': 3 } },
      });
      expect(saved.json()).toMatchObject({ showCrisisResources: true, careTeamAlert: 'none' });
      expect(await t.deps.db.selectFrom('safety_flag_alerts').selectAll().execute()).toEqual([]);
    });

    it('says nothing about a care team when no answer raised a flag', async () => {
      const id = await assign('PHQ-9');
      const saved = await t.request({
        method: 'PUT',
        url: `/api/portal/assignments/${id}/draft`,
        cookie: portal,
        payload: { answers: { '1': 2 } },
      });
      expect(saved.json()).toMatchObject({ showCrisisResources: false, careTeamAlert: null });
    });
  });

  describe('the live stream (GET /api/safety-flags/stream)', () => {
    it('tells each care-team member at once when a flag is raised, ids only', async () => {
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const url = `${base}/api/safety-flags/stream`;
      expect((await openTestStream(url)).status).toBe(401);
      expect((await openTestStream(url, { cookie: portal })).status).toBe(404);
      const mine = await openTestStream(url, { cookie: clinic.prescriber.cookie });
      const other = await openTestStream(url, { cookie: clinic.otherTherapist.cookie });
      try {
        expect(mine.status).toBe(200);
        await mine.waitFor((events) => events.some((e) => e.event === 'live.ready'));
        await other.waitFor((events) => events.some((e) => e.event === 'live.ready'));
        const { flagId } = await disclose();
        await mine.waitFor((events) => events.some((e) => e.event === 'safety_flag.raised'));
        const raised = mine.events.find((e) => e.event === 'safety_flag.raised')!;
        expect(JSON.parse(raised.data).data).toEqual({ flagId, urgent: false });
        await seen(flagId, clinic.prescriber.cookie);
        await mine.waitFor((events) => events.some((e) => e.event === 'safety_flag.seen'));
        expect(other.events.filter((e) => e.event.startsWith('safety_flag'))).toEqual([]);
      } finally {
        mine.close();
        other.close();
      }
    });
  });
});

describe.each(TEST_DIALECTS)('safety-flag alerts by mail (%s)', (dialect) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  it('tells the client the care team was emailed only once the mail server accepted the mail', async () => {
    sink = await startSmtpSink();
    t = await createTestApp(dialect, { mail: smtpDelivery(sink.url, 'Holdspace <no-reply@practice.test>') });
    const clinic = await openClinic(t);
    const portal = await clientPortalCookie(t, clinic);
    const work = createBackgroundWork(t.deps);
    await work.drain();
    const assignment = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-assignments`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9' },
    });
    const url = `/api/portal/assignments/${assignment.json().id}`;
    const saved = await t.request({ method: 'PUT', url: `${url}/draft`, cookie: portal, payload: { answers: { '9': 1 } } });
    // Written and queued, not yet handed to the mail server: only the alert in the app is true so far.
    expect(saved.json().careTeamAlert).toBe('waiting');
    await work.drain();
    expect(sink.received.filter((m) => m.raw.includes('safety flag'))).toHaveLength(2);
    expect((await t.request({ method: 'GET', url, cookie: portal })).json().careTeamAlert).toBe('emailed');
  });
});
