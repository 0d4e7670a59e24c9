import type { Timestamp } from './timestamp.js';

export interface TreatmentCoursesTable {
  id: string;
  client_id: string;
  status: 'preparing' | 'in_sessions' | 'integrating' | 'completed' | 'closed';
  planned_session_count: number;
  preparation_completed_at: Timestamp | null;
  preparation_completed_by: string | null;
  opened_at: Timestamp;
  opened_by: string;
  updated_at: Timestamp;
  updated_by: string;
}

export interface PreparationRevisionsTable {
  id: string;
  record_id: string;
  client_id: string;
  kind: 'intention' | 'grounding_tool' | 'touch_preferences' | 'safety_plan';
  version: number;
  body: unknown;
  retired: number;
  author_kind: 'client' | 'staff';
  written_by: string;
  written_at: Timestamp;
}

export interface PreparationNotesTable {
  id: string;
  client_id: string;
  author_id: string;
  held_on: string;
  explored: string;
  practised: string;
  next_steps: string;
  status: 'draft' | 'signed';
  signed_at: Timestamp | null;
  signed_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PreparationNoteAmendmentsTable {
  id: string;
  note_id: string;
  section: string;
  text: string;
  author_id: string;
  created_at: Timestamp;
}

/** Treatment courses and the preparation records and notes. */
export interface PreparationTables {
  treatment_courses: TreatmentCoursesTable;
  preparation_revisions: PreparationRevisionsTable;
  preparation_notes: PreparationNotesTable;
  preparation_note_amendments: PreparationNoteAmendmentsTable;
}
