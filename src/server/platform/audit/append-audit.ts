import { type Kysely, sql } from 'kysely';
import { fromJsonColumn, toJsonColumn } from '../../../db/json-column.js';
import type { AuditLogTable, Database } from '../../../db/schema.js';
import { type AuditFacts, auditHash, type ChainedAuditRow, GENESIS_HASH } from '../../../domain/audit/audit-chain.js';
import type { RequestContext } from '../context.js';
import type { Tx } from '../deps.js';

export interface AuditEntry {
  action: string;
  recordType?: string;
  recordId?: string;
  /** Ids and codes only — never clinical text. */
  detail?: Record<string, string | number | boolean | null | string[]>;
  /** For events before anyone is signed in (a sign-in, a setup) the actor is named here. */
  actorId?: string;
  actorRole?: string;
}

// One lock id for the whole chain: appends are serialized so each row links to the one before.
const AUDIT_CHAIN_LOCK = 7_201_001;

/** Appends one row to the hash chain inside the caller's transaction. */
export async function appendAudit(tx: Tx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  tx.markAudited();
  if (tx.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx.db);
  const last = await tx.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const facts: AuditFacts = {
    seq: (last?.seq ?? 0) + 1,
    at: ctx.now.toISOString(),
    actorId: entry.actorId ?? ctx.actor?.userId ?? null,
    actorRole: entry.actorRole ?? ctx.actor?.roles.join(',') ?? null,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    ip: ctx.ip || null,
    detail: entry.detail ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.db
    .insertInto('audit_log')
    .values({
      seq: facts.seq,
      at: facts.at,
      actor_id: facts.actorId,
      actor_role: facts.actorRole,
      action: facts.action,
      record_type: facts.recordType,
      record_id: facts.recordId,
      ip: facts.ip,
      detail: toJsonColumn(facts.detail),
      prev_hash: prevHash,
      hash: auditHash(facts, prevHash),
    })
    .execute();
}

export function toChainedRow(row: AuditLogTable): ChainedAuditRow {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    ip: row.ip,
    detail: fromJsonColumn<Record<string, unknown>>(row.detail),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Reads the chain in seq order a page at a time, so verifying a large log stays small in memory. */
export async function* auditPagesInOrder(db: Kysely<Database>, pageSize = 5000): AsyncGenerator<ChainedAuditRow[]> {
  let after: number | null = null;
  for (;;) {
    let query = db.selectFrom('audit_log').selectAll();
    if (after !== null) query = query.where('seq', '>', after);
    const page = await query.orderBy('seq').limit(pageSize).execute();
    if (page.length > 0) yield page.map(toChainedRow);
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.seq;
  }
}
