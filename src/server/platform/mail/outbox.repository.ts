import type { Kysely, Transaction } from 'kysely';
import type { Database, OutboxTable } from '../../../db/schema.js';

export async function insertOutboxMail(db: Transaction<Database> | Kysely<Database>, row: OutboxTable): Promise<void> {
  await db.insertInto('outbox').values(row).execute();
}

export function findOutboxMail(db: Kysely<Database>, id: string) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markMailSent(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', sent_at: at, error: null }).where('id', '=', id).execute();
}

/** The last refusal, kept on the mail so the admin sees why it has not gone yet; it stays queued for the next try. */
export async function noteMailError(db: Kysely<Database>, id: string, error: string): Promise<void> {
  await db.updateTable('outbox').set({ error }).where('id', '=', id).where('status', '=', 'queued').execute();
}

export async function markMailFailed(db: Kysely<Database>, id: string, error: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'failed', error }).where('id', '=', id).where('status', '!=', 'sent').execute();
}
