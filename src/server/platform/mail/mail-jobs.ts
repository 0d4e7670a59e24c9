import type { Deps } from '../deps.js';
import type { JobHandler } from '../jobs/job-runner.js';
import { findOutboxMail, markMailFailed, markMailSent, noteMailError } from './outbox.repository.js';

export const MAIL_DELIVER = 'mail.deliver';
/** Tries over about a quarter of an hour (30 s, 1, 2, 4, 8 min apart): long enough for a mail server's restart. */
export const MAIL_MAX_ATTEMPTS = 6;
export const MAIL_BACKOFF_MS = 30_000;

function outboxIdOf(payload: Record<string, unknown>): string {
  const id = payload.outboxId;
  if (typeof id !== 'string') throw new Error('mail.deliver job without an outbox id');
  return id;
}

/**
 * Sends one outbox mail. Safe to run twice: mail already sent (or kept for the admin) is left alone.
 * A crash between the send and the mark can still send a mail twice, which beats never sending it.
 */
export function mailDeliveryHandler(deps: Deps): JobHandler {
  return {
    async run(payload) {
      const id = outboxIdOf(payload);
      const mail = await findOutboxMail(deps.db, id);
      if (mail?.status !== 'queued') return;
      try {
        await deps.mail.send({ to: mail.to_address, subject: mail.subject, text: mail.body_text });
      } catch (err) {
        await noteMailError(deps.db, id, err instanceof Error ? err.message.slice(0, 500) : 'unknown error');
        throw err;
      }
      await markMailSent(deps.db, id, deps.clock().toISOString());
    },
    async giveUp(payload, error) {
      await markMailFailed(deps.db, outboxIdOf(payload), error);
    },
  };
}
