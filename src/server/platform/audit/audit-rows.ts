import { fromJsonColumn } from '../../../db/json-column.js';
import type { AuditLogTable, AuditSealTable } from '../../../db/schema.js';
import type { AuditFacts } from '../../../domain/audit/audit-chain.js';
import type { AuditSeal } from '../../../domain/audit/audit-seal.js';

type StoredRow = Omit<AuditLogTable, 'seq'> & { seq: number };

/** A stored audit row as the domain hashes it. */
export function toAuditFacts(row: StoredRow): AuditFacts {
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
  };
}

export function toAuditSeal(row: AuditSealTable): AuditSeal {
  return {
    batch: row.batch,
    firstSeq: row.first_seq,
    lastSeq: row.last_seq,
    count: row.row_count,
    root: row.root,
    prevHash: row.prev_hash,
    hash: row.hash,
    sealedAt: row.sealed_at,
  };
}

export function fromAuditSeal(seal: AuditSeal): AuditSealTable {
  return {
    batch: seal.batch,
    first_seq: seal.firstSeq,
    last_seq: seal.lastSeq,
    row_count: seal.count,
    root: seal.root,
    prev_hash: seal.prevHash,
    hash: seal.hash,
    sealed_at: seal.sealedAt,
  };
}
