import type { Timestamp } from './timestamp.js';

export interface PlannedSessionsTable {
  id: string;
  client_id: string;
  course_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  expected_minutes: number;
  room: string;
  prescriber_presence: 'in_room' | 'on_call';
  status: 'planned' | 'started' | 'completed' | 'cancelled';
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  cancellation_reason: string | null;
}

export interface PlannedSessionStaffTable {
  planned_session_id: string;
  user_id: string;
  role: 'therapist' | 'prescriber' | 'co_facilitator';
}

export interface ReadinessConfirmationsTable {
  id: string;
  planned_session_id: string;
  client_id: string;
  item: 'fasting' | 'ride_home' | 'no_driving';
  channel: 'portal' | 'arrival';
  note: string;
  confirmed_by: string;
  confirmed_at: Timestamp;
}

export interface GateOverridesTable {
  id: string;
  planned_session_id: string;
  client_id: string;
  requirement: string;
  reason: string;
  prescriber_id: string;
  created_at: Timestamp;
}

/** Planned ketamine sessions, their staff, readiness checks and gate overrides. */
export interface PlannedSessionTables {
  planned_sessions: PlannedSessionsTable;
  planned_session_staff: PlannedSessionStaffTable;
  readiness_confirmations: ReadinessConfirmationsTable;
  gate_overrides: GateOverridesTable;
}
