import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.js';

export interface AuditLogTable {
  /** Assigned by the database (identity / autoincrement) at insert; commit order may differ on PostgreSQL. */
  seq: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  detail: unknown;
  /** Set once by the sealer: the batch this row was sealed into, and the row's own hash. */
  batch: number | null;
  hash: string | null;
  /** The chain of rows written before batches existed (migration 0003); still verified. */
  legacy_prev_hash: string | null;
  legacy_hash: string | null;
}

export interface AuditSealTable {
  batch: number;
  first_seq: number;
  last_seq: number;
  row_count: number;
  root: string;
  prev_hash: string;
  hash: string;
  sealed_at: Timestamp;
}

/** When a person last had a read of one record audited; re-reads inside the window add no row. */
export interface AuditReadMarkTable {
  key: string;
  audited_at: Timestamp;
}

/** The audit trail, its seals and read marks. */
export interface AuditTables {
  audit_log: AuditLogTable;
  audit_seals: AuditSealTable;
  audit_read_marks: AuditReadMarkTable;
}
