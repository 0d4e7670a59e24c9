import type { Kysely } from 'kysely';
import type { ColumnTypes, Dialect } from '../column-types.js';

/**
 * How many entries a ketamine session holds, kept by the writer under the session's row lock in the same
 * transaction as the entries. An app server that holds the session's timeline in memory knows by this one
 * number whether it is still the whole timeline, so logging an entry does not re-read every entry (0025).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('ketamine_sessions')
    .addColumn('entry_count', t.integer, (c) => c.notNull().defaultTo(0))
    .execute();
}
