import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';
import { smtpDelivery } from './mail-delivery.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

async function startSmtp(received: Received[], options: { reject?: boolean } = {}) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(options.reject ? new Error('mailbox unavailable') : undefined);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, url: `smtp://127.0.0.1:${port}` };
}

describe.each(TEST_DIALECTS)('mail over SMTP (%s)', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const received: Received[] = [];

  afterEach(async () => {
    received.length = 0;
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  describe('when the server accepts', () => {
    beforeEach(async () => {
      smtp = await startSmtp(received);
      t = await createTestApp(dialect, { mail: smtpDelivery(smtp.url, 'Holdspace <no-reply@practice.test>') });
    });

    it('sends the invitation after commit and marks it sent', async () => {
      const { cookie } = await t.as(['admin']);
      const response = await t.request({
        method: 'POST',
        url: '/api/staff/invitations',
        cookie,
        payload: { email: 'nia@practice.test', displayName: 'Nia', roles: ['co_facilitator'] },
      });
      expect(response.json().delivery).toBe('email');
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['nia@practice.test']);
      expect(received[0]?.from).toBe('no-reply@practice.test');
      expect(received[0]?.raw).toContain('/app/invite#token=');
      const row = await t.deps.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'sent', sent_at: expect.any(String), error: null });
    });
  });

  describe('when the server refuses', () => {
    beforeEach(async () => {
      smtp = await startSmtp(received, { reject: true });
      t = await createTestApp(dialect, { mail: smtpDelivery(smtp.url, 'Holdspace <no-reply@practice.test>') });
    });

    it('keeps the invitation and records the failure for the admin to see', async () => {
      const { cookie } = await t.as(['admin']);
      const response = await t.request({
        method: 'POST',
        url: '/api/staff/invitations',
        cookie,
        payload: { email: 'nia@practice.test', displayName: 'Nia', roles: ['co_facilitator'] },
      });
      expect(response.statusCode).toBe(200);
      const outbox = (await t.request({ method: 'GET', url: '/api/outbox', cookie })).json();
      expect(outbox.mail[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('mailbox unavailable') });
    });
  });
});
