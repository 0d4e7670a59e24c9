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
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  status: 'active' | 'deactivated';
  created_at: Timestamp;
  updated_at: Timestamp;
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
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  detail: unknown;
  prev_hash: string;
  hash: string;
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

export interface Database {
  practice_settings: PracticeSettingsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  auth_sessions: AuthSessionsTable;
  invitations: InvitationsTable;
  setup_tokens: SetupTokensTable;
  throttle: ThrottleTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  enquiries: EnquiriesTable;
  enquiry_status_changes: EnquiryStatusChangesTable;
  enquiry_notes: EnquiryNotesTable;
  public_pages: PublicPagesTable;
}
