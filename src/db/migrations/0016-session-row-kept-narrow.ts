import { type Kysely, sql } from 'kysely';
import type { ColumnTypes, Dialect } from '../column-types.js';

/**
 * A ketamine session's row is written with every console entry (its entry count, decision 0040), and it
 * carries the session's context (about 1.5 kB of JSON) that never changes after opening. On PostgreSQL an
 * UPDATE copies the whole row: keeping the context out of line (TOAST) makes each copy a couple of hundred
 * bytes that point at the one stored context, and the free room per page lets those copies stay on the
 * same page (HOT) until the old ones are pruned. SQLite stores rows its own way; nothing to do there.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, _t: ColumnTypes, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`alter table ketamine_sessions set (toast_tuple_target = 128, fillfactor = 70)`.execute(db);
  await sql`alter table ketamine_sessions alter column context set storage external`.execute(db);
}
