import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../deps.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** What the mail is for (invitation, …), shown in the outbox; never clinical content. */
  purpose: string;
}

/** Writes the mail in the caller's transaction; `deliverPending` sends it after commit when SMTP is set. */
export async function queueMail(tx: Tx, smtpConfigured: boolean, now: Date, mail: OutgoingMail): Promise<string> {
  const id = uuidv7();
  await tx.db
    .insertInto('outbox')
    .values({
      id,
      created_at: now.toISOString(),
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      purpose: mail.purpose,
      status: smtpConfigured ? 'queued' : 'kept',
      sent_at: null,
      error: null,
    })
    .execute();
  return id;
}
