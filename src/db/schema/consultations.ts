import type { Timestamp } from './timestamp.js';

export interface ConsultationsTable {
  id: string;
  client_id: string;
  author_id: string;
  held_on: string;
  emotional_history: string;
  trauma_history: string;
  prior_treatment: string;
  current_medications: string;
  goals: string;
  presenting_concerns: unknown;
  presenting_other: string;
  related_therapies: unknown;
  related_other: string;
  fit_notes: string;
  decision: string | null;
  decision_reasons: string;
  status: 'draft' | 'signed';
  signed_at: Timestamp | null;
  signed_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConsultationAmendmentsTable {
  id: string;
  consultation_id: string;
  section: string;
  text: string;
  author_id: string;
  created_at: Timestamp;
}

/** Consultation notes and their amendments. */
export interface ConsultationTables {
  consultations: ConsultationsTable;
  consultation_amendments: ConsultationAmendmentsTable;
}
