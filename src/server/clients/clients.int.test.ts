import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromJsonColumn } from '../../db/json-column.js';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('clients and the chart (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  it('opens a chart at consultation with the care team, and audits the read', async () => {
    const response = await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.therapist.cookie });
    expect(response.statusCode).toBe(200);
    const client = response.json();
    expect(client).toMatchObject({ legalName: 'Morgan Lee', preferredName: 'Mo', phase: 'consultation', portal: { state: 'none' } });
    expect(client.careTeam.map((m: { role: string }) => m.role).sort()).toEqual(['co_facilitator', 'prescriber', 'therapist']);
    expect(client.phaseHistory).toEqual([expect.objectContaining({ from: null, to: 'consultation' })]);
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.read').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: clinic.therapist.user.id, record_id: clinic.clientId });
  });

  it('shows staff only the clients on their care team; an admin sees all, and that read is audited as off-team', async () => {
    const mine = await t.request({ method: 'GET', url: '/api/clients', cookie: clinic.coFacilitator.cookie });
    expect(mine.json().clients.map((c: { id: string }) => c.id)).toEqual([clinic.clientId]);
    const others = await t.request({ method: 'GET', url: '/api/clients', cookie: clinic.otherTherapist.cookie });
    expect(others.json().clients).toEqual([]);
    expect(
      (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.otherTherapist.cookie })).statusCode,
    ).toBe(404);
    const adminRead = await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.admin.cookie });
    expect(adminRead.statusCode).toBe(200);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'client.read')
      .where('actor_id', '=', clinic.admin.user.id)
      .executeTakeFirstOrThrow();
    expect(fromJsonColumn(audit.detail)).toEqual({ onCareTeam: false });
  });

  it('searches by name and filters by phase, therapist and flags', async () => {
    const second = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: clinic.therapist.cookie,
      payload: { legalName: 'Sasha Grey', therapistId: clinic.therapist.user.id },
    });
    const list = async (query: string) =>
      (await t.request({ method: 'GET', url: `/api/clients?${query}`, cookie: clinic.therapist.cookie }))
        .json()
        .clients.map((c: { legalName: string }) => c.legalName);
    expect(await list('q=MORG')).toEqual(['Morgan Lee']);
    expect(await list('q=mo%40example')).toEqual(['Morgan Lee']);
    expect(await list(`therapistId=${clinic.therapist.user.id}`)).toEqual(['Morgan Lee', 'Sasha Grey']);
    expect(await list('phase=preparation')).toEqual([]);
    expect(await list('flagged=open')).toEqual([]);
    expect(second.statusCode).toBe(200);
    const bad = await t.request({ method: 'GET', url: '/api/clients?phase=flying', cookie: clinic.therapist.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('phase');
  });

  it('refuses a care team member who does not hold the role', async () => {
    const response = await t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}/care-team`,
      cookie: clinic.therapist.cookie,
      payload: { therapistId: clinic.therapist.user.id, prescriberId: clinic.coFacilitator.user.id, coFacilitatorIds: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([{ path: 'prescriberId', message: expect.stringContaining('prescriber') }]);
  });

  it('updates details, naming a bad field, and audits which fields changed (not their values)', async () => {
    const details = { legalName: 'Morgan Lee', preferredName: 'Mo', dateOfBirth: '1990-02-30', email: 'mo@example.org' };
    const bad = await t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}`,
      cookie: clinic.therapist.cookie,
      payload: details,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('dateOfBirth');
    const ok = await t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}`,
      cookie: clinic.therapist.cookie,
      payload: {
        ...details,
        dateOfBirth: '1990-02-28',
        supportPersonName: 'Jamie Lee',
        supportPersonPhone: '555 010 0123',
        supportPersonRelationship: 'Partner',
      },
    });
    expect(ok.json()).toMatchObject({ dateOfBirth: '1990-02-28', supportPersonName: 'Jamie Lee' });
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.update').executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.detail)).toContain('supportPersonName');
    expect(JSON.stringify(audit.detail)).not.toContain('Jamie');
  });

  it('moves along the path, needing a reason to pause', async () => {
    const noReason = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.therapist.cookie,
      payload: { phase: 'paused' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues[0].path).toBe('reason');
    const paused = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.therapist.cookie,
      payload: { phase: 'paused', reason: 'Travelling for a month' },
    });
    expect(paused.json().phase).toBe('paused');
    expect(paused.json().phaseHistory.at(-1)).toMatchObject({ from: 'consultation', to: 'paused', reason: 'Travelling for a month' });
    const coFac = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.coFacilitator.cookie,
      payload: { phase: 'preparation' },
    });
    expect(coFac.statusCode).toBe(404);
  });

  it('writes one client.phase_change audit row for every move, naming what moved the client', async () => {
    await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.therapist.cookie,
      payload: { phase: 'preparation' },
    });
    const rows = await t.deps.db
      .selectFrom('audit_log')
      .select(['record_id', 'detail'])
      .where('action', '=', 'client.phase_change')
      .where('record_id', '=', clinic.clientId)
      .orderBy('seq')
      .execute();
    expect(rows.map((row) => fromJsonColumn(row.detail))).toEqual([
      { from: null, to: 'consultation', cause: 'chart_opened', gateOverridden: false },
      { from: 'consultation', to: 'preparation', cause: 'manual', gateOverridden: false },
    ]);
    const again = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.therapist.cookie,
      payload: { phase: 'preparation' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('converts a request into a client and marks the request', async () => {
    await t.request({
      method: 'POST',
      url: '/api/enquiries',
      payload: { name: 'Robin Vale', email: 'robin@example.org', preferredContact: 'email', consent: true },
    });
    const enquiry = await t.deps.db.selectFrom('enquiries').select('id').executeTakeFirstOrThrow();
    const tooEarly = await t.request({
      method: 'POST',
      url: `/api/enquiries/${enquiry.id}/convert`,
      cookie: clinic.therapist.cookie,
      payload: {},
    });
    expect(tooEarly.statusCode).toBe(409);
    await t.request({
      method: 'POST',
      url: `/api/enquiries/${enquiry.id}/status`,
      cookie: clinic.therapist.cookie,
      payload: { status: 'contacted' },
    });
    const converted = await t.request({
      method: 'POST',
      url: `/api/enquiries/${enquiry.id}/convert`,
      cookie: clinic.therapist.cookie,
      payload: { therapistId: clinic.therapist.user.id },
    });
    expect(converted.statusCode).toBe(200);
    expect(converted.json()).toMatchObject({
      legalName: 'Robin Vale',
      email: 'robin@example.org',
      enquiryId: enquiry.id,
      phase: 'consultation',
    });
    const after = await t.request({ method: 'GET', url: `/api/enquiries/${enquiry.id}`, cookie: clinic.therapist.cookie });
    expect(after.json().status).toBe('became_client');
    const prescriberTry = await t.request({
      method: 'POST',
      url: `/api/enquiries/${enquiry.id}/convert`,
      cookie: clinic.prescriber.cookie,
      payload: {},
    });
    expect(prescriberTry.statusCode).toBe(404);
  });

  it('invites the client to the portal once; the client then sees only their own home', async () => {
    const cookie = await clientPortalCookie(t, clinic);
    const me = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(me.json().user).toMatchObject({ kind: 'client', roles: ['client'] });
    const home = await t.request({ method: 'GET', url: '/api/portal', cookie });
    expect(home.json()).toMatchObject({ preferredName: 'Mo', assignments: [], crisis: { crisisLine: '988' } });
    expect((await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/clients', cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/enquiries', cookie })).statusCode).toBe(404);
    const again = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/portal-invitation`,
      cookie: clinic.therapist.cookie,
    });
    expect(again.statusCode).toBe(409);
    const chart = await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.therapist.cookie });
    expect(chart.json().portal.state).toBe('active');
  });

  it('needs an email on file to invite, naming the field', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: clinic.therapist.cookie,
      payload: { legalName: 'No Email', therapistId: clinic.therapist.user.id },
    });
    const response = await t.request({
      method: 'POST',
      url: `/api/clients/${created.json().id}/portal-invitation`,
      cookie: clinic.therapist.cookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('email');
  });

  it('ends a client session after the practice’s idle setting, which may be longer than staff’s', async () => {
    const cookie = await clientPortalCookie(t, clinic);
    t.advance(100 * 60_000);
    expect((await t.request({ method: 'GET', url: '/api/portal', cookie })).statusCode).toBe(200);
    t.advance(121 * 60_000);
    expect((await t.request({ method: 'GET', url: '/api/portal', cookie })).statusCode).toBe(401);
  });

  it('refuses a new client without a name, naming the field', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: clinic.therapist.cookie,
      payload: { legalName: '  ' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('legalName');
    expect(
      (await t.request({ method: 'POST', url: '/api/clients', cookie: clinic.prescriber.cookie, payload: { legalName: 'X' } })).statusCode,
    ).toBe(404);
  });
});
