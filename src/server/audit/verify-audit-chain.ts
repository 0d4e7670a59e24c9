import type { Kysely } from 'kysely';
import type { AuditLogTable, Database } from '../../db/schema.js';
import { type ChainedAuditRow, GENESIS_HASH, verifyChain } from '../../domain/audit/audit-chain.js';
import { type AuditHead, type AuditSeal, type SealedRow, verifyBatch } from '../../domain/audit/audit-seal.js';
import { toAuditFacts, toAuditSeal } from '../platform/audit/audit-rows.js';

export interface AuditProblem {
  kind: 'changed' | 'missing_or_reordered' | 'broken_link' | 'unknown_batch' | 'unsealed' | 'head_missing' | 'head_mismatch';
  seq: number;
  batch?: number;
}

export interface KeptHeadToCheck extends AuditHead {
  /** Where the admin's copy came from, for the message: the head file or `--expect-head`. */
  source: string;
}

export interface AuditChainReport {
  /** Sealed rows checked against their batches. */
  checked: number;
  /** Rows not sealed yet but still inside the grace period. */
  pending: number;
  /** The newest batch in the database. */
  head: (AuditHead & { lastSeq: number; sealedAt: string }) | null;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  /** Heads kept outside the database; each must still be in it, unchanged. */
  keptHeads?: KeptHeadToCheck[];
  now?: Date;
  /** An unsealed row older than this means the sealer is not keeping up, or refused. */
  unsealedGraceMs?: number;
}

export const UNSEALED_GRACE_MS = 5_000;
const PAGE = 5000;

type StoredRow = Omit<AuditLogTable, 'seq'> & { seq: number };

/**
 * Walks every batch in order with the rows the database says it holds, checks the old pre-batch chain
 * on the rows that carry one, compares the heads kept outside the database, and names rows left unsealed.
 */
export async function verifyAuditChain(db: Kysely<Database>, options: VerifyOptions = {}): Promise<AuditChainReport> {
  const problems: AuditProblem[] = [];
  // Batches sealed while the walk runs are left for the next verify, so seals and rows are read as of one moment.
  const newest = await db.selectFrom('audit_seals').select('batch').orderBy('batch', 'desc').limit(1).executeTakeFirst();
  const batches = await verifyBatches(db, newest?.batch ?? 0, problems);
  problems.push(...(await rowsOfMissingBatches(db, newest?.batch ?? 0)));
  problems.push(...(await verifyLegacyChain(db)));
  const head = batches.last
    ? { batch: batches.last.batch, hash: batches.last.hash, lastSeq: batches.last.lastSeq, sealedAt: batches.last.sealedAt }
    : null;
  for (const kept of options.keptHeads ?? []) problems.push(...(await compareKeptHead(db, kept)));
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.unsealedGraceMs ?? UNSEALED_GRACE_MS)).toISOString();
  const unsealed = await db.selectFrom('audit_log').select(['seq', 'at']).where('batch', 'is', null).orderBy('seq').execute();
  let pending = 0;
  for (const row of unsealed) {
    if (row.at < cutoff) problems.push({ kind: 'unsealed', seq: row.seq });
    else pending += 1;
  }
  return { checked: batches.checked, pending, head, problems: dedupe(problems) };
}

async function verifyBatches(
  db: Kysely<Database>,
  upTo: number,
  problems: AuditProblem[],
): Promise<{ checked: number; last: AuditSeal | null }> {
  const rows = sealedRowsInOrder(db, upTo)[Symbol.asyncIterator]();
  let next = await rows.next();
  let previous: AuditHead | null = null;
  let last: AuditSeal | null = null;
  let checked = 0;
  const unknown = (row: SealedRow) => {
    if (!problems.some((p) => p.kind === 'unknown_batch' && p.batch === row.batch))
      problems.push({ kind: 'unknown_batch', seq: row.seq, batch: row.batch });
  };
  for await (const seal of sealsInOrder(db, upTo)) {
    const group: SealedRow[] = [];
    while (!next.done && next.value.batch < seal.batch) {
      unknown(next.value);
      next = await rows.next();
    }
    while (!next.done && next.value.batch === seal.batch) {
      group.push(next.value);
      next = await rows.next();
    }
    const verdict = verifyBatch(seal, group, previous);
    problems.push(...verdict.problems);
    checked += group.length;
    previous = verdict.head;
    last = seal;
  }
  for (; !next.done; next = await rows.next()) unknown(next.value);
  return { checked, last };
}

async function* sealsInOrder(db: Kysely<Database>, upTo: number): AsyncGenerator<AuditSeal> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_seals')
      .selectAll()
      .where('batch', '>', after)
      .where('batch', '<=', upTo)
      .orderBy('batch')
      .limit(PAGE)
      .execute();
    for (const row of page) yield toAuditSeal(row);
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.batch;
  }
}

/** Sealed rows in chain order — (batch, seq) — a page at a time, so a large log stays small in memory. */
async function* sealedRowsInOrder(db: Kysely<Database>, upTo: number): AsyncGenerator<SealedRow> {
  let after: { batch: number; seq: number } | null = null;
  for (;;) {
    let query = db.selectFrom('audit_log').selectAll().where('batch', 'is not', null).where('batch', '<=', upTo);
    if (after) {
      const { batch, seq } = after;
      query = query.where((eb) => eb.or([eb('batch', '>', batch), eb.and([eb('batch', '=', batch), eb('seq', '>', seq)])]));
    }
    const page = await query.orderBy('batch').orderBy('seq').limit(PAGE).execute();
    for (const row of page) yield { ...toAuditFacts(row), batch: row.batch!, hash: row.hash ?? '' };
    if (page.length < PAGE) return;
    const tail = page[page.length - 1]!;
    after = { batch: tail.batch!, seq: tail.seq };
  }
}

/** Rows beyond the walk whose batch has no seal even now: their seal was removed (the last one, say). */
async function rowsOfMissingBatches(db: Kysely<Database>, after: number): Promise<AuditProblem[]> {
  const orphans = await db
    .selectFrom('audit_log')
    .leftJoin('audit_seals', 'audit_seals.batch', 'audit_log.batch')
    .select((eb) => ['audit_log.batch', eb.fn.min('audit_log.seq').as('seq')])
    .where('audit_log.batch', '>', after)
    .where('audit_seals.batch', 'is', null)
    .groupBy('audit_log.batch')
    .orderBy('audit_log.batch')
    .execute();
  return orphans.map((row) => ({ kind: 'unknown_batch' as const, seq: Number(row.seq), batch: row.batch! }));
}

/** Rows written before batches existed still carry the old chain; it is checked as it always was. */
async function verifyLegacyChain(db: Kysely<Database>): Promise<AuditProblem[]> {
  const problems: AuditProblem[] = [];
  let start = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const page: StoredRow[] = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('legacy_hash', 'is not', null)
      .where('seq', '>', start.seq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    const chained: ChainedAuditRow[] = page.map((row) => ({
      ...toAuditFacts(row),
      prevHash: row.legacy_prev_hash ?? '',
      hash: row.legacy_hash ?? '',
    }));
    const verdict = verifyChain(chained, start);
    problems.push(...verdict.problems.map((p) => ({ kind: p.kind, seq: p.seq })));
    if (page.length < PAGE) return problems;
    start = { seq: page[page.length - 1]!.seq, hash: verdict.lastHash };
  }
}

async function compareKeptHead(db: Kysely<Database>, kept: KeptHeadToCheck): Promise<AuditProblem[]> {
  const stored = await db.selectFrom('audit_seals').select(['hash', 'last_seq']).where('batch', '=', kept.batch).executeTakeFirst();
  if (!stored) return [{ kind: 'head_missing', seq: 0, batch: kept.batch }];
  if (stored.hash !== kept.hash) return [{ kind: 'head_mismatch', seq: stored.last_seq, batch: kept.batch }];
  return [];
}

function dedupe(problems: AuditProblem[]): AuditProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.kind}:${p.seq}:${p.batch ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
