import type { Timestamp } from './timestamp.js';

export interface MedicalScreeningsTable {
  id: string;
  client_id: string;
  prescriber_id: string;
  answers: unknown;
  notes: string;
  recorded_at: Timestamp;
}

export interface MedicalClearancesTable {
  id: string;
  client_id: string;
  prescriber_id: string;
  cleared_on: string;
  valid_until: string;
  conditions: string;
  monitoring: unknown;
  recorded_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

/** Medical screenings and clearances. */
export interface MedicalTables {
  medical_screenings: MedicalScreeningsTable;
  medical_clearances: MedicalClearancesTable;
}
