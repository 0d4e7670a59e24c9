import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.js';

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

export interface UserRolesTable {
  user_id: string;
  role: string;
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

/** Staff and client accounts, roles, sign-in, two-factor, invitations, first setup and throttles. */
export interface AuthTables {
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
}
