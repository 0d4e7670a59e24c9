import type { Timestamp } from './timestamp.js';

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

/** Coverage access and the notices it sends. */
export interface CoverageTables {
  coverage_grants: CoverageGrantsTable;
  notices: NoticesTable;
}
