import type { Generated } from 'kysely';

/** Timestamps are ISO-8601 UTC strings on both dialects (see db/connect.ts for PostgreSQL's parser). */
type Timestamp = string;

export interface PracticeSettingsTable {
  id: string;
  practice_name: string;
  therapist_name: string;
  email: string;
  phone: string;
  address: string;
  time_zone: string;
  emergency_number: string;
  updated_at: Timestamp;
  updated_by: string | null;
  client_idle_minutes: Generated<number>;
  monitoring_defaults: unknown;
  pcl5_threshold: Generated<number>;
  demo_seeded_at: Timestamp | null;
  coverage_hours: Generated<number>;
}

export interface CoverageGrantsTable {
  id: string;
  user_id: string;
  client_id: string;
  reason: string;
  started_at: Timestamp;
  ends_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface NoticesTable {
  id: string;
  user_id: string;
  kind: string;
  client_id: string | null;
  coverage_grant_id: string | null;
  created_at: Timestamp;
  seen_at: Timestamp | null;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  status: 'active' | 'deactivated';
  created_at: Timestamp;
  updated_at: Timestamp;
  client_id: string | null;
  short_name: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enrolled_at: Timestamp | null;
  totp_last_step: number | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SignInChallengesTable {
  id: string;
  user_id: string;
  purpose: 'verify' | 'enrol';
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AccountSettingsTable {
  id: string;
  staff_two_factor: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

export interface AuthSessionsTable {
  id: string;
  user_id: string;
  kind: 'staff' | 'client';
  created_at: Timestamp;
  last_seen_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface InvitationsTable {
  id: string;
  email: string;
  display_name: string;
  roles: string;
  token_hash: string;
  invited_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
  user_id: string | null;
  client_id: string | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ThrottleTable {
  key: string;
  window_started_at: Timestamp;
  count: number;
}

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

export interface OutboxTable {
  id: string;
  created_at: Timestamp;
  to_address: string;
  subject: string;
  body_text: string;
  purpose: string;
  status: 'kept' | 'queued' | 'sending' | 'sent' | 'failed';
  sent_at: Timestamp | null;
  error: string | null;
}

export interface EnquiriesTable {
  id: string;
  received_at: Timestamp;
  name: string;
  email: string | null;
  phone: string | null;
  preferred_contact: 'email' | 'phone';
  reason: string;
  preferred_times: string;
  heard_about: string;
  consent_to_contact_at: Timestamp;
  status: string;
  status_reason: string | null;
  status_changed_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnquiryStatusChangesTable {
  id: string;
  enquiry_id: string;
  from_status: string;
  to_status: string;
  reason: string | null;
  changed_by: string;
  changed_at: Timestamp;
}

export interface EnquiryNotesTable {
  id: string;
  enquiry_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export interface PublicPagesTable {
  slug: string;
  title: string;
  description: string;
  body: string;
  reviewed_at: Timestamp | null;
  updated_at: Timestamp;
  updated_by: string;
}

export type ClientPhase = 'consultation' | 'preparation' | 'sessions' | 'integration' | 'completed' | 'paused';

export interface ClientsTable {
  id: string;
  legal_name: string;
  preferred_name: string;
  pronouns: string;
  date_of_birth: string | null;
  email: string | null;
  phone: string | null;
  address: string;
  emergency_contact_name: string;
  emergency_contact_phone: string;
  emergency_contact_relationship: string;
  support_person_name: string;
  support_person_phone: string;
  support_person_relationship: string;
  phase: ClientPhase;
  enquiry_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string;
}

export interface ClientPhaseChangesTable {
  id: string;
  client_id: string;
  from_phase: ClientPhase | null;
  to_phase: ClientPhase;
  reason: string | null;
  changed_by: string;
  changed_at: Timestamp;
}

export interface CareTeamMembersTable {
  client_id: string;
  user_id: string;
  role: 'therapist' | 'prescriber' | 'co_facilitator';
  assigned_at: Timestamp;
  assigned_by: string;
}

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

export interface SafetyFlagsTable {
  id: string;
  client_id: string;
  kind: string;
  urgency: 'high' | 'urgent';
  source_type: string;
  source_id: string;
  summary: string;
  raised_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
}

/** Who on the care team was alerted in the app when a flag was raised, and the mail that went with it. */
export interface SafetyFlagAlertsTable {
  flag_id: string;
  user_id: string;
  alerted_at: Timestamp;
  outbox_id: string | null;
}

/** Who has opened a flag: each person's badge stays until they have seen it themselves. */
export interface SafetyFlagViewsTable {
  flag_id: string;
  user_id: string;
  seen_at: Timestamp;
  how: 'opened' | 'acknowledged' | 'before_alerts';
}

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

/** Background work: one row per job, claimed by a runner, retried with backoff, kept when done or given up. */
export interface JobsTable {
  id: string;
  kind: string;
  /** JSON of ids and codes only. */
  payload: unknown;
  run_at: string;
  attempts: number;
  max_attempts: number;
  backoff_ms: number;
  last_error: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
  done_at: string | null;
  /** Set when the last attempt failed: the job is given up and stays for the admin to see. */
  failed_at: string | null;
  created_at: string;
}

/** One row per live topic: the last event number handed out, taken under this row's lock. */
export interface LiveTopicsTable {
  topic: string;
  last_seq: number;
  updated_at: Timestamp;
}

/** Announced changes, kept a while so a stream can resume; ids and codes only, never clinical text. */
export interface LiveEventsTable {
  topic: string;
  seq: number;
  type: string;
  data: unknown;
  at: Timestamp;
}

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

export interface ConsentDocumentsTable {
  id: string;
  key: string;
  created_at: Timestamp;
  created_by: string | null;
  retired_at: Timestamp | null;
}

export interface ConsentDocumentVersionsTable {
  id: string;
  document_id: string;
  version: number;
  title: string;
  body_markdown: string;
  required: number;
  is_template: number;
  published_at: Timestamp;
  published_by: string | null;
}

export interface ConsentSignaturesTable {
  id: string;
  client_id: string;
  document_id: string;
  version_id: string;
  version: number;
  title: string;
  body_markdown: string;
  typed_name: string;
  agreed: number;
  signed_at: Timestamp;
  ip_address: string;
  user_id: string;
}

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

/** One row per save of the practice's somatic vocabulary; the newest is in force (migration 0015). */
export interface SomaticVocabularyVersionsTable {
  id: string;
  vocabulary: unknown;
  saved_at: Timestamp;
  saved_by: string;
}

export interface Database {
  practice_settings: PracticeSettingsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  recovery_codes: RecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
  password_resets: PasswordResetsTable;
  account_settings: AccountSettingsTable;
  auth_sessions: AuthSessionsTable;
  invitations: InvitationsTable;
  setup_tokens: SetupTokensTable;
  throttle: ThrottleTable;
  audit_log: AuditLogTable;
  audit_seals: AuditSealTable;
  audit_read_marks: AuditReadMarkTable;
  outbox: OutboxTable;
  enquiries: EnquiriesTable;
  enquiry_status_changes: EnquiryStatusChangesTable;
  enquiry_notes: EnquiryNotesTable;
  public_pages: PublicPagesTable;
  clients: ClientsTable;
  client_phase_changes: ClientPhaseChangesTable;
  care_team_members: CareTeamMembersTable;
  measure_assignments: MeasureAssignmentsTable;
  measure_responses: MeasureResponsesTable;
  measure_drafts: MeasureDraftsTable;
  clinician_scores: ClinicianScoresTable;
  safety_flags: SafetyFlagsTable;
  safety_flag_alerts: SafetyFlagAlertsTable;
  safety_flag_views: SafetyFlagViewsTable;
  consultations: ConsultationsTable;
  consultation_amendments: ConsultationAmendmentsTable;
  medical_screenings: MedicalScreeningsTable;
  medical_clearances: MedicalClearancesTable;
  jobs: JobsTable;
  live_topics: LiveTopicsTable;
  live_events: LiveEventsTable;
  ketamine_sessions: KetamineSessionsTable;
  somatic_vocabulary_versions: SomaticVocabularyVersionsTable;
  coverage_grants: CoverageGrantsTable;
  notices: NoticesTable;
  session_entries: SessionEntriesTable;
  session_alerts: SessionAlertsTable;
  session_doses: SessionDosesTable;
  treatment_courses: TreatmentCoursesTable;
  preparation_revisions: PreparationRevisionsTable;
  preparation_notes: PreparationNotesTable;
  preparation_note_amendments: PreparationNoteAmendmentsTable;
  consent_documents: ConsentDocumentsTable;
  consent_document_versions: ConsentDocumentVersionsTable;
  consent_signatures: ConsentSignaturesTable;
  planned_sessions: PlannedSessionsTable;
  planned_session_staff: PlannedSessionStaffTable;
  readiness_confirmations: ReadinessConfirmationsTable;
  gate_overrides: GateOverridesTable;
}
