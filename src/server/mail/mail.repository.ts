import type { Kysely } from 'kysely';
import type { Database, OutboxTable } from '../../db/schema.js';

/** How much mail is waiting, retrying or refused, so the dashboard can say it plainly. */
export async function outboxCounts(db: Kysely<Database>): Promise<Record<'kept' | 'queued' | 'failed', number>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', 'in', ['kept', 'queued', 'failed'])
    .groupBy('status')
    .execute();
  const count = (status: OutboxTable['status']) => Number(rows.find((row) => row.status === status)?.n ?? 0);
  return { kept: count('kept'), queued: count('queued'), failed: count('failed') };
}

export function findTestMessage(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('outbox')
    .select(['id', 'to_address', 'status', 'created_at', 'sent_at', 'error'])
    .where('id', '=', id)
    .where('purpose', '=', 'test message')
    .executeTakeFirst();
}
