import type { Timestamp } from './timestamp.js';

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

/** Clients, their path through treatment and their care teams. */
export interface ClientTables {
  clients: ClientsTable;
  client_phase_changes: ClientPhaseChangesTable;
  care_team_members: CareTeamMembersTable;
}
