import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../testing/recording-logger.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';
import { createBackgroundWork } from '../../background-work.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { smtpDelivery } from './mail-delivery.js';
import { MAIL_BACKOFF_MS, MAIL_MAX_ATTEMPTS } from './mail-jobs.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** `rejectFirst`: refuse this many deliveries, then accept. */
async function startSmtp(received: Received[], options: { reject?: boolean; rejectFirst?: number } = {}) {
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      const refuse = options.reject || refusals < (options.rejectFirst ?? 0);
      if (refuse) refusals++;
      callback(refuse ? new Error('mailbox unavailable') : undefined);
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
  let work: JobRunner;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let log: ReturnType<typeof recordingLogger>;
  const received: Received[] = [];

  async function open(options: Parameters<typeof startSmtp>[1] = {}) {
    smtp = await startSmtp(received, options);
    log = recordingLogger();
    t = await createTestApp(dialect, { mail: smtpDelivery(smtp.url, 'Holdspace <no-reply@practice.test>'), log });
    work = createBackgroundWork(t.deps);
  }

  async function invite() {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({
      method: 'POST',
      url: '/api/staff/invitations',
      cookie,
      payload: { email: 'nia@practice.test', displayName: 'Nia', roles: ['co_facilitator'] },
    });
    return { cookie, response };
  }

  const outboxRow = () => t.deps.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
  const mailJob = () => t.deps.db.selectFrom('jobs').selectAll().where('kind', '=', 'mail.deliver').executeTakeFirstOrThrow();

  afterEach(async () => {
    received.length = 0;
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  describe('when the server accepts', () => {
    beforeEach(async () => open());

    it('sends the invitation after commit and marks it sent', async () => {
      const { response } = await invite();
      expect(response.json().delivery).toBe('email');
      // The answer does not wait for the mail server: the runner sends it.
      expect(received).toHaveLength(0);
      expect(await work.drain()).toBe(1);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['nia@practice.test']);
      expect(received[0]?.from).toBe('no-reply@practice.test');
      expect(received[0]?.raw).toContain('/app/invite#token=');
      expect(await outboxRow()).toMatchObject({ status: 'sent', sent_at: expect.any(String), error: null });
      expect(await mailJob()).toMatchObject({ attempts: 1, done_at: expect.any(String), failed_at: null });
      // Running the job again (at-least-once delivery) does not send it twice.
      await work.drain();
      expect(received).toHaveLength(1);
    });
  });

  describe('when the server refuses', () => {
    beforeEach(async () => open({ reject: true }));

    it('retries with a doubling wait, then marks the mail failed for the admin to see', async () => {
      const { cookie, response } = await invite();
      expect(response.statusCode).toBe(200);
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
        expect(await work.drain()).toBe(1);
        const job = await mailJob();
        expect(job.attempts).toBe(attempt);
        if (attempt === MAIL_MAX_ATTEMPTS) break;
        // Between tries the mail stays queued, with the reason it has not gone yet.
        expect(await outboxRow()).toMatchObject({ status: 'queued', error: expect.stringContaining('mailbox unavailable') });
        const wait = Date.parse(job.run_at) - t.deps.clock().getTime();
        waits.push(wait);
        // Nothing runs before the wait is over.
        t.advance(wait - 1);
        expect(await work.drain()).toBe(0);
        t.advance(1);
      }
      expect(waits).toEqual([1, 2, 4, 8, 16].map((n) => n * MAIL_BACKOFF_MS));
      expect(await mailJob()).toMatchObject({ failed_at: expect.any(String), last_error: expect.stringContaining('mailbox unavailable') });
      expect(log.lines.filter((l) => l.level === 'error' && l.msg?.startsWith('job failed'))).toHaveLength(MAIL_MAX_ATTEMPTS);
      expect(received).toHaveLength(0);
      const outbox = (await t.request({ method: 'GET', url: '/api/outbox', cookie })).json();
      expect(outbox.mail[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('mailbox unavailable') });
      // The invitation itself stands.
      expect(await t.deps.db.selectFrom('invitations').select('id').execute()).toHaveLength(1);
    });
  });

  describe('when the server refuses twice, then accepts', () => {
    beforeEach(async () => open({ rejectFirst: 2 }));

    it('sends on the third try and clears the error', async () => {
      await invite();
      for (let i = 0; i < 3; i++) {
        await work.drain();
        t.advance(10 * MAIL_BACKOFF_MS);
      }
      expect(received).toHaveLength(1);
      expect(await outboxRow()).toMatchObject({ status: 'sent', error: null });
      expect(await mailJob()).toMatchObject({ attempts: 3, done_at: expect.any(String) });
    });
  });
});
