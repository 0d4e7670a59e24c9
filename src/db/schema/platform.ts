import type { Timestamp } from './timestamp.js';

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

/** The server kernel: background jobs and live events. */
export interface PlatformTables {
  jobs: JobsTable;
  live_topics: LiveTopicsTable;
  live_events: LiveEventsTable;
}
