import type { Kysely } from 'kysely';
import type { PracticeSettings } from '../../contracts/practice.contracts.js';
import type { Database } from '../../db/schema.js';

const SETTINGS_ID = 'practice';

export interface StoredPracticeSettings extends PracticeSettings {
  updatedAt: string | null;
  /** The fictional demo practice (npm run demo): every screen says so. */
  isDemo: boolean;
}

/** Until the admin saves settings, the practice speaks with placeholders that ask to be replaced. */
export function defaultPracticeSettings(): StoredPracticeSettings {
  return {
    practiceName: 'Your practice',
    therapistName: 'your therapist',
    email: '',
    phone: '',
    address: '',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    emergencyNumber: '911',
    updatedAt: null,
    isDemo: false,
  };
}

export async function getPracticeSettings(db: Kysely<Database>): Promise<StoredPracticeSettings> {
  const row = await db.selectFrom('practice_settings').selectAll().where('id', '=', SETTINGS_ID).executeTakeFirst();
  if (!row) return defaultPracticeSettings();
  return {
    practiceName: row.practice_name,
    therapistName: row.therapist_name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    timeZone: row.time_zone,
    emergencyNumber: row.emergency_number,
    updatedAt: row.updated_at,
    isDemo: row.demo_seeded_at !== null,
  };
}

export async function savePracticeSettings(db: Kysely<Database>, settings: PracticeSettings, by: string | null, at: string): Promise<void> {
  const values = {
    practice_name: settings.practiceName,
    therapist_name: settings.therapistName,
    email: settings.email,
    phone: settings.phone,
    address: settings.address,
    time_zone: settings.timeZone,
    emergency_number: settings.emergencyNumber,
    updated_at: at,
    updated_by: by,
  };
  await db
    .insertInto('practice_settings')
    .values({ id: SETTINGS_ID, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
