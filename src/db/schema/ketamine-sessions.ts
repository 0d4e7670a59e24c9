import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.js';

export interface KetamineSessionsTable {
  id: string;
  client_id: string;
  status: 'open' | 'dosed' | 'discharged';
  context: unknown;
  readiness_override: unknown | null;
  opened_at: Timestamp;
  opened_by: string;
  first_dose_at: Timestamp | null;
  discharged_at: Timestamp | null;
  discharged_by: string | null;
  updated_at: Timestamp;
  /** Entries in `session_entries` for this session; kept by the writer under the row lock (migration 0009). */
  entry_count: Generated<number>;
}

export interface SessionEntriesTable {
  id: string;
  session_id: string;
  kind: string;
  body: unknown;
  body_hash: string;
  author_id: string;
  device_time: Timestamp;
  clock_offset_ms: number;
  server_time: Timestamp;
  occurred_at: Timestamp;
  time_source: 'server' | 'device';
  target_id: string | null;
}

export interface SessionAlertsTable {
  id: string;
  session_id: string;
  reading_entry_id: string;
  code: string;
  raised_at: Timestamp;
  recheck_due_at: Timestamp | null;
  recheck_entry_id: string | null;
  recheck_outcome: 'confirmed' | 'not_confirmed' | null;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledgement_entry_id: string | null;
}

export interface SessionDosesTable {
  id: string;
  session_id: string;
  dose_kind: 'session_medicine' | 'prn';
  medicine: string;
  mg: number | null;
  amount_text: string;
  route: string;
  administered_at: Timestamp;
  administered_by: string;
  ordered_by: string;
  lot: string;
  reason: string;
  entered_in_error: Generated<number>;
}

/** The session console: sessions, entries, alerts and doses. */
export interface KetamineSessionTables {
  ketamine_sessions: KetamineSessionsTable;
  session_entries: SessionEntriesTable;
  session_alerts: SessionAlertsTable;
  session_doses: SessionDosesTable;
}
