import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.js';

export interface MeasureAssignmentsTable {
  id: string;
  client_id: string;
  instrument_id: string;
  context: string;
  assigned_by: string;
  assigned_at: Timestamp;
  status: 'open' | 'completed' | 'cancelled';
  closed_at: Timestamp | null;
}

export interface MeasureResponsesTable {
  id: string;
  client_id: string;
  instrument_id: string;
  instrument_version: string;
  assignment_id: string | null;
  answers: unknown;
  result: unknown;
  total: number | null;
  band_code: string | null;
  entry_mode: 'client' | 'clinician_with_client';
  entered_by: string;
  completed_at: Timestamp;
  /** `incomplete`: sent with questions unanswered; kept as it is and never scored. */
  status: Generated<'complete' | 'incomplete'>;
}

export interface MeasureDraftsTable {
  /** The id the response will have once sent. */
  id: string;
  client_id: string;
  instrument_id: string;
  instrument_version: string;
  assignment_id: string | null;
  entry_mode: 'client' | 'clinician_with_client';
  started_by: string;
  started_at: Timestamp;
  updated_at: Timestamp;
  answers: unknown;
  status: 'open' | 'sent';
}

export interface ClinicianScoresTable {
  id: string;
  client_id: string;
  instrument_name: string;
  score: number;
  note: string | null;
  administered_on: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** Questionnaire assignments, responses, drafts and clinician-scored measures. */
export interface MeasureTables {
  measure_assignments: MeasureAssignmentsTable;
  measure_responses: MeasureResponsesTable;
  measure_drafts: MeasureDraftsTable;
  clinician_scores: ClinicianScoresTable;
}
