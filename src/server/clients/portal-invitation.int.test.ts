import { afterEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { startSmtpSink } from '../../testing/smtp-sink.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { smtpDelivery } from '../platform/mail/mail-delivery.js';

describe.each(TEST_DIALECTS)('how a portal invitation reaches the client (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | null = null;
  afterEach(async () => {
    await t.close();
    await sink?.close();
    sink = null;
  });

  const invite = (cookie?: string) =>
    t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/portal-invitation`, ...(cookie ? { cookie } : {}) });
  const actions = async () =>
    (await t.deps.db.selectFrom('audit_log').select(['action', 'actor_id', 'detail']).execute()).filter((a) =>
      a.action.startsWith('client.portal'),
    );

  it('without mail: tells the inviter it waits in the outbox and gives them, once, the one-time link — audited', async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    expect((await invite()).statusCode).toBe(401);
    expect((await invite(clinic.otherTherapist.cookie)).statusCode).toBe(404);
    const bad = await t.request({ method: 'POST', url: '/api/clients/nope/portal-invitation', cookie: clinic.therapist.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([expect.objectContaining({ path: 'id' })]);
    const answer = await invite(clinic.therapist.cookie);
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body).toMatchObject({
      delivery: 'outbox',
      email: 'mo@example.org',
      link: expect.stringMatching(/^http:\/\/localhost:3000\/app\/invite#token=[\w-]{43}$/),
    });
    // The link is the invitation's own: it is accepted once.
    const token = body.link.split('#token=')[1];
    expect((await t.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } })).statusCode).toBe(200);
    const audit = await actions();
    expect(audit.map((a) => a.action)).toEqual(['client.portal_invite', 'client.portal_invite_link_shown']);
    expect(audit.every((a) => a.actor_id === clinic.therapist.user.id)).toBe(true);
    // Audit rows hold ids, never the link.
    expect(JSON.stringify(audit)).not.toContain(token);
    // A second invitation replaces the first: the old link stops working.
    const again = (await invite(clinic.therapist.cookie)).json();
    expect(again.link).not.toBe(body.link);
    expect((await t.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } })).statusCode).not.toBe(200);
  });

  it('with mail: says it is on its way by email and shows no link', async () => {
    sink = await startSmtpSink();
    t = await createTestApp(dialect, { mail: smtpDelivery(sink.url, 'Holdspace <no-reply@practice.test>') });
    clinic = await openClinic(t);
    const body = (await invite(clinic.therapist.cookie)).json();
    expect(body).toMatchObject({ delivery: 'email', link: null });
    expect((await actions()).map((a) => a.action)).toEqual(['client.portal_invite']);
  });
});
