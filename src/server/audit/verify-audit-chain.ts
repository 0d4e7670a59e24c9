import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type ChainProblem, GENESIS_HASH, verifyChain } from '../../domain/audit/audit-chain.js';
import { auditPagesInOrder } from '../platform/audit/append-audit.js';

export interface AuditChainReport {
  checked: number;
  problems: ChainProblem[];
}

export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainReport> {
  let start = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  const problems: ChainProblem[] = [];
  for await (const page of auditPagesInOrder(db)) {
    const verdict = verifyChain(page, start);
    checked += verdict.checked;
    problems.push(...verdict.problems);
    start = { seq: page[page.length - 1]!.seq, hash: verdict.lastHash };
  }
  return { checked, problems };
}
