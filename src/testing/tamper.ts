import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/column-types.js';

/**
 * Tests that play an intruder with direct database access first lift the triggers that lock a table —
 * as such an intruder could — to show the hash chain still catches what they did.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any database handle
export async function liftRecordLocks(db: Kysely<any>, dialect: Dialect, table: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql.raw(`alter table ${table} disable trigger user`).execute(db);
    return;
  }
  for (const operation of ['update', 'delete']) await sql.raw(`drop trigger if exists ${table}_locked_${operation}`).execute(db);
}
