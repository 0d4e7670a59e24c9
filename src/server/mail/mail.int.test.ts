import { afterEach, describe, expect, it } from 'vitest';
import { fromJsonColumn } from '../../db/json-column.js';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { startSmtpSink } from '../../testing/smtp-sink.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { createBackgroundWork } from '../background-work.js';
import { smtpDelivery } from '../platform/mail/mail-delivery.js';

const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

describe.each(TEST_DIALECTS)('mail set-up and test messages (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | null = null;

  async function open(smtp: 'none' | 'accepting' | 'refusing') {
    if (smtp !== 'none') sink = await startSmtpSink({ refuse: smtp === 'refusing' });
    t = await createTestApp(dialect, sink ? { mail: smtpDelivery(sink.url, 'Quiet Harbor <care@practice.test>') } : {});
    clinic = await openClinic(t);
  }
  afterEach(async () => {
    await t.close();
    await sink?.close();
    sink = null;
  });

  const setup = (cookie?: string) => t.request({ method: 'GET', url: '/api/mail/setup', ...(cookie ? { cookie } : {}) });
  const sendTest = (payload: object, cookie?: string) =>
    t.request({ method: 'POST', url: '/api/mail/test-messages', payload, ...(cookie ? { cookie } : {}) });
  const readTest = (id: string, cookie?: string) =>
    t.request({ method: 'GET', url: `/api/mail/test-messages/${id}`, ...(cookie ? { cookie } : {}) });

  describe('without a mail server', () => {
    it('GET /api/mail/setup: 401 signed out, 404 for staff who are not admins and for a client, and says plainly that mail is not set up', async () => {
      await open('none');
      expect((await setup()).statusCode).toBe(401);
      expect((await setup(clinic.therapist.cookie)).statusCode).toBe(404);
      expect((await setup(await clientPortalCookie(t, clinic))).statusCode).toBe(404);
      const answer = await setup(clinic.admin.cookie);
      expect(answer.statusCode).toBe(200);
      // The client's invitation above waits in the outbox.
      expect(answer.json()).toEqual({
        configured: false,
        server: null,
        from: null,
        publicUrl: 'http://localhost:3000',
        outbox: { kept: 1, queued: 0, failed: 0 },
      });
    });

    it('POST /api/mail/test-messages: 401, 404 for a therapist, 400 naming `to`, and a message kept in the outbox, to the admin by default', async () => {
      await open('none');
      expect((await sendTest({})).statusCode).toBe(401);
      expect((await sendTest({}, clinic.therapist.cookie)).statusCode).toBe(404);
      const bad = await sendTest({ to: 'not an address' }, clinic.admin.cookie);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues).toEqual([expect.objectContaining({ path: 'to' })]);
      const sent = await sendTest({ to: '' }, clinic.admin.cookie);
      expect(sent.statusCode).toBe(200);
      expect(sent.json()).toMatchObject({ to: clinic.admin.user.email, status: 'kept', sentAt: null, error: null });
      const row = await t.deps.db.selectFrom('outbox').selectAll().where('id', '=', sent.json().id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ purpose: 'test message', status: 'kept', to_address: clinic.admin.user.email });
      expect(await t.deps.db.selectFrom('jobs').selectAll().where('kind', '=', 'mail.deliver').execute()).toEqual([]);
      const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'mail.test_send').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: clinic.admin.user.id, record_id: sent.json().id });
      expect(fromJsonColumn(audit[0]!.detail)).toEqual({ delivery: 'outbox' });
      const elsewhere = await sendTest({ to: 'office@practice.test' }, clinic.admin.cookie);
      expect(elsewhere.json()).toMatchObject({ to: 'office@practice.test', status: 'kept' });
    });

    it('GET /api/mail/test-messages/:id: 401, 404 for a therapist, 400 naming a bad id, 404 for other mail, and where the message is', async () => {
      await open('none');
      const { id } = (await sendTest({}, clinic.admin.cookie)).json();
      expect((await readTest(id)).statusCode).toBe(401);
      expect((await readTest(id, clinic.therapist.cookie)).statusCode).toBe(404);
      const bad = await readTest('nope', clinic.admin.cookie);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues).toEqual([expect.objectContaining({ path: 'id' })]);
      expect((await readTest(NO_SUCH_ID, clinic.admin.cookie)).statusCode).toBe(404);
      // An invitation's mail may hold a link: it is not readable here.
      await clientPortalCookie(t, clinic);
      const invitation = await t.deps.db
        .selectFrom('outbox')
        .select('id')
        .where('purpose', '=', 'client portal invitation')
        .executeTakeFirstOrThrow();
      expect((await readTest(invitation.id, clinic.admin.cookie)).statusCode).toBe(404);
      expect((await readTest(id, clinic.admin.cookie)).json()).toMatchObject({ id, status: 'kept' });
    });
  });

  describe('with a mail server that accepts', () => {
    it('names the server by host and port only, never the user name or password in SMTP_URL', async () => {
      await open('accepting');
      const answer = await setup(clinic.admin.cookie);
      expect(answer.json()).toMatchObject({
        configured: true,
        server: `127.0.0.1:${sink!.port}`,
        from: 'Quiet Harbor <care@practice.test>',
      });
      expect(answer.body).not.toMatch(/s3cret|sender/);
    });

    it('sends the test message through the outbox and the job runner, and then reports it sent', async () => {
      await open('accepting');
      const sent = (await sendTest({ to: 'office@practice.test' }, clinic.admin.cookie)).json();
      expect(sent.status).toBe('queued');
      expect(sink!.received).toHaveLength(0);
      expect(await createBackgroundWork(t.deps).drain()).toBeGreaterThan(0);
      expect(sink!.received.map((m) => m.to)).toEqual([['office@practice.test']]);
      expect(sink!.received[0]!.raw).toContain('A test message from Holdspace');
      expect((await readTest(sent.id, clinic.admin.cookie)).json()).toMatchObject({
        status: 'sent',
        sentAt: expect.any(String),
        error: null,
      });
    });
  });

  describe('with a mail server that refuses', () => {
    it('reports the refusal, and the message as still being tried', async () => {
      await open('refusing');
      const sent = (await sendTest({}, clinic.admin.cookie)).json();
      await createBackgroundWork(t.deps).drain();
      expect((await readTest(sent.id, clinic.admin.cookie)).json()).toMatchObject({
        status: 'queued',
        error: expect.stringContaining('mailbox unavailable'),
      });
    });
  });
});
