import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../deps.js';
import { MAIL_BACKOFF_MS, MAIL_DELIVER, MAIL_MAX_ATTEMPTS } from './mail-jobs.js';
import { insertOutboxMail } from './outbox.repository.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** What the mail is for (invitation, …), shown in the outbox; never clinical content. */
  purpose: string;
}

/**
 * Writes the mail and, when SMTP is set, its delivery job in the caller's transaction: the mail is sent
 * exactly when the write committed, and its sending can never turn that write into an error.
 */
export async function queueMail(tx: Tx, smtpConfigured: boolean, now: Date, mail: OutgoingMail): Promise<string> {
  const id = uuidv7();
  await insertOutboxMail(tx.db, {
    id,
    created_at: now.toISOString(),
    to_address: mail.to,
    subject: mail.subject,
    body_text: mail.text,
    purpose: mail.purpose,
    status: smtpConfigured ? 'queued' : 'kept',
    sent_at: null,
    error: null,
  });
  if (smtpConfigured) {
    await tx.enqueue({ kind: MAIL_DELIVER, payload: { outboxId: id }, maxAttempts: MAIL_MAX_ATTEMPTS, backoffMs: MAIL_BACKOFF_MS });
  }
  return id;
}
