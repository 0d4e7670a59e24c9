import { type Kysely, sql, type Transaction } from 'kysely';
import type { Dialect } from '../../../db/column-types.js';
import type { Database } from '../../../db/schema.js';
import { type AuditHead, type AuditSeal, sealBatch } from '../../../domain/audit/audit-seal.js';
import type { Deps } from '../deps.js';
import type { Logger } from '../logger.js';
import { readHeadFile, writeHeadFile } from './audit-head-file.js';
import { fromAuditSeal, toAuditFacts } from './audit-rows.js';

export interface SealerDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: () => Date;
  log: Logger;
  /** Where the latest head is kept outside the database; null keeps none (some tests). */
  headFile: string | null;
}

export type SealOutcome =
  | { status: 'sealed'; seal: AuditSeal }
  | { status: 'nothing_to_seal' }
  /** Another app server holds the sealer lock on this database; it seals, this one waits its turn. */
  | { status: 'skipped' }
  /** The head kept outside the database is not in it: batches were removed or rewritten. Nothing is sealed over that. */
  | { status: 'refused'; reason: string };

/** Lock key (with the schema, so test schemas sharing one database do not elect one sealer between them). */
const SEALER_LOCK = 7_201_002;
export const MAX_BATCH_ROWS = 10_000;

/**
 * Seals the committed, unsealed rows (up to `maxRows`) into the next batch, in one transaction of its
 * own. It reads only what has committed: a row still in an open transaction on PostgreSQL, even with a
 * lower seq than rows sealed now, is simply unsealed until a later call puts it in a later batch.
 */
export async function sealAuditLog(deps: SealerDeps, options: { maxRows?: number } = {}): Promise<SealOutcome> {
  const maxRows = options.maxRows ?? MAX_BATCH_ROWS;
  const outcome = await deps.db.transaction().execute(async (trx): Promise<SealOutcome> => {
    if (deps.dialect === 'postgres' && !(await trySealerLock(trx))) return { status: 'skipped' };
    const pending = await trx.selectFrom('audit_log').selectAll().where('batch', 'is', null).orderBy('seq').limit(maxRows).execute();
    if (pending.length === 0) return { status: 'nothing_to_seal' };
    const last = await trx.selectFrom('audit_seals').select(['batch', 'hash']).orderBy('batch', 'desc').limit(1).executeTakeFirst();
    const previous: AuditHead | null = last ? { batch: last.batch, hash: last.hash } : null;
    const refusal = await disagreementWithKeptHead(trx, deps.headFile, previous);
    if (refusal) return { status: 'refused', reason: refusal };
    const { seal, rowHashes } = sealBatch(pending.map(toAuditFacts), previous, deps.clock().toISOString());
    await trx.insertInto('audit_seals').values(fromAuditSeal(seal)).execute();
    const updated = await markRowsSealed(trx, deps.dialect, seal.batch, rowHashes);
    if (updated !== rowHashes.length) throw new Error(`sealing batch ${seal.batch} touched ${updated} of ${rowHashes.length} rows`);
    return { status: 'sealed', seal };
  });
  if (outcome.status === 'sealed' && deps.headFile) writeHeadFile(deps.headFile, outcome.seal);
  return outcome;
}

/** Seals until nothing committed is left unsealed (a backlog after a restart clears in one call). */
export async function sealAllPending(deps: SealerDeps, options: { maxRows?: number } = {}): Promise<SealOutcome> {
  const maxRows = options.maxRows ?? MAX_BATCH_ROWS;
  let outcome = await sealAuditLog(deps, { maxRows });
  for (let rounds = 1; rounds < 100 && outcome.status === 'sealed' && outcome.seal.count === maxRows; rounds++) {
    outcome = await sealAuditLog(deps, { maxRows });
  }
  return outcome;
}

async function trySealerLock(trx: Transaction<Database>): Promise<boolean> {
  const result = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${SEALER_LOCK}, hashtext(current_schema())) as locked`.execute(trx);
  return result.rows[0]?.locked === true;
}

/**
 * The head file may lag the database (another server sealed since, or a crash came between commit
 * and the file write) but must be in it: its batch present with the same hash.
 */
async function disagreementWithKeptHead(trx: Transaction<Database>, file: string | null, latest: AuditHead | null): Promise<string | null> {
  if (!file) return null;
  const kept = readHeadFile(file);
  if (!kept) return null;
  if (!latest || kept.batch > latest.batch)
    return `the head kept in ${file} (batch ${kept.batch}) is missing from the database; the newest batch there is ${latest?.batch ?? 'none'}`;
  const stored = await trx.selectFrom('audit_seals').select('hash').where('batch', '=', kept.batch).executeTakeFirst();
  if (stored?.hash !== kept.hash) return `batch ${kept.batch} in the database does not match the head kept in ${file}`;
  return null;
}

/** One statement for the whole batch; the trigger lets exactly this change through, once per row. */
async function markRowsSealed(
  trx: Transaction<Database>,
  dialect: Dialect,
  batch: number,
  rowHashes: { seq: number; hash: string }[],
): Promise<number> {
  const json = JSON.stringify(rowHashes);
  const result =
    dialect === 'sqlite'
      ? await sql`update audit_log set batch = ${batch}, hash = json_extract(j.value, '$.hash')
          from json_each(${json}) as j where audit_log.seq = json_extract(j.value, '$.seq')`.execute(trx)
      : await sql`update audit_log as a set batch = ${batch}, hash = v.hash
          from jsonb_to_recordset(${json}::jsonb) as v(seq bigint, hash text) where a.seq = v.seq`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** Sealing every ~500 ms (on the job runner) keeps each committed row sealed within about a second. */
export const AUDIT_SEAL_INTERVAL_MS = 500;
export const READ_MARK_PRUNE_INTERVAL_MS = 60_000;

export function sealerDepsFrom(deps: Deps): SealerDeps {
  return { db: deps.db, dialect: deps.dialect, clock: deps.clock, log: deps.log, headFile: deps.config.auditHeadFile ?? null };
}

/**
 * The recurring sealing task for the job runner. A refusal repeats every tick until someone acts, so it
 * is logged once per reason, not twice a second.
 */
export function auditSealingTask(deps: Deps): () => Promise<void> {
  const sealer = sealerDepsFrom(deps);
  let lastRefusal: string | null = null;
  return async () => {
    const outcome = await sealAllPending(sealer);
    const refusal = outcome.status === 'refused' ? outcome.reason : null;
    if (refusal && refusal !== lastRefusal)
      deps.log.error({ reason: refusal }, 'audit sealing refused; rows stay unsealed until this is looked into');
    lastRefusal = refusal;
  };
}
