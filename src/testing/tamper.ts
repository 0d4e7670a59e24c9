import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/column-types.js';
import { type SealOutcome, sealAllPending } from '../server/platform/audit/seal-audit-log.js';
import type { Deps } from '../server/platform/deps.js';

/**
 * Tests that play an intruder with direct database access first lift the triggers that lock a table —
 * as such an intruder could — to show the sealed batches (and the head kept outside the database) still
 * catch what they did.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any database handle
export async function liftRecordLocks(db: Kysely<any>, dialect: Dialect, table: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql.raw(`alter table ${table} disable trigger user`).execute(db);
    return;
  }
  for (const operation of ['update', 'delete']) await sql.raw(`drop trigger if exists ${table}_locked_${operation}`).execute(db);
}

/** Seals every committed audit row now, as the running sealer would within a second. */
export async function sealNow(deps: Deps, headFile: string | null = deps.config.auditHeadFile ?? null): Promise<SealOutcome> {
  return sealAllPending({ db: deps.db, dialect: deps.dialect, clock: deps.clock, log: deps.log, headFile });
}
