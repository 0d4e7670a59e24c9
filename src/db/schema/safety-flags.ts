import type { Timestamp } from './timestamp.js';

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

/** Safety flags, who was alerted and who has seen them. */
export interface SafetyFlagTables {
  safety_flags: SafetyFlagsTable;
  safety_flag_alerts: SafetyFlagAlertsTable;
  safety_flag_views: SafetyFlagViewsTable;
}
