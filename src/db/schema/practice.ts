import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.js';

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

export interface PublicPagesTable {
  slug: string;
  title: string;
  description: string;
  body: string;
  reviewed_at: Timestamp | null;
  updated_at: Timestamp;
  updated_by: string;
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

/** One row per save of the practice's somatic vocabulary; the newest is in force (migration 0015). */
export interface SomaticVocabularyVersionsTable {
  id: string;
  vocabulary: unknown;
  saved_at: Timestamp;
  saved_by: string;
}

/** The practice's settings, public pages, outbox and somatic vocabulary. */
export interface PracticeTables {
  practice_settings: PracticeSettingsTable;
  public_pages: PublicPagesTable;
  outbox: OutboxTable;
  somatic_vocabulary_versions: SomaticVocabularyVersionsTable;
}
