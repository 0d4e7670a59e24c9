import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The hash the first row links back to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFacts {
  seq: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

export interface ChainedAuditRow extends AuditFacts {
  prevHash: string;
  hash: string;
}

/** Each row's hash covers its own facts and the previous row's hash: change one row and every later link breaks. */
export function auditHash(facts: AuditFacts, prevHash: string): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        seq: facts.seq,
        at: facts.at,
        actorId: facts.actorId,
        actorRole: facts.actorRole,
        action: facts.action,
        recordType: facts.recordType,
        recordId: facts.recordId,
        ip: facts.ip,
        detail: facts.detail,
      }),
    )
    .digest('hex');
}

export type ChainProblem =
  | { kind: 'changed'; seq: number }
  | { kind: 'missing_or_reordered'; seq: number; expectedSeq: number }
  | { kind: 'broken_link'; seq: number };

export interface ChainVerdict {
  checked: number;
  lastHash: string;
  problems: ChainProblem[];
}

/** Walks rows in seq order (as stored) and reports every row whose link or content does not hold. */
export function verifyChain(rows: Iterable<ChainedAuditRow>, start = { seq: 0, hash: GENESIS_HASH }): ChainVerdict {
  const problems: ChainProblem[] = [];
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  let checked = 0;
  for (const row of rows) {
    checked += 1;
    if (row.seq !== expectedSeq) problems.push({ kind: 'missing_or_reordered', seq: row.seq, expectedSeq });
    if (row.prevHash !== prevHash) problems.push({ kind: 'broken_link', seq: row.seq });
    if (auditHash(row, row.prevHash) !== row.hash) problems.push({ kind: 'changed', seq: row.seq });
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  return { checked, lastHash: prevHash, problems };
}
