import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../../../db/schema.js';

/**
 * Mail is written to the outbox inside the use case's transaction, then delivered after commit,
 * so a rolled-back invitation never sends and a sent one always has its record.
 */
export interface MailDelivery {
  readonly configured: boolean;
  deliverPending(db: Kysely<Database>, now: () => Date): Promise<void>;
}

/** No SMTP configured: mail stays in the outbox, where the admin reads it in the app. */
export const outboxOnly: MailDelivery = {
  configured: false,
  async deliverPending() {},
};

export function smtpDelivery(smtpUrl: string, from: string): MailDelivery {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    configured: true,
    async deliverPending(db, now) {
      const queued = await db.selectFrom('outbox').selectAll().where('status', '=', 'queued').orderBy('created_at').limit(50).execute();
      for (const mail of queued) {
        // Claim the row first so two app servers never send the same mail.
        const claimed = await db
          .updateTable('outbox')
          .set({ status: 'sending' })
          .where('id', '=', mail.id)
          .where('status', '=', 'queued')
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) continue;
        try {
          await transport.sendMail({ from, to: mail.to_address, subject: mail.subject, text: mail.body_text });
          await db
            .updateTable('outbox')
            .set({ status: 'sent', sent_at: now().toISOString(), error: null })
            .where('id', '=', mail.id)
            .execute();
        } catch (error) {
          const reason = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
          await db.updateTable('outbox').set({ status: 'failed', error: reason }).where('id', '=', mail.id).execute();
        }
      }
    },
  };
}
