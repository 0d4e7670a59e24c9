import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MonitoringSettings } from '../../domain/medical/monitoring-settings.js';
import { getClinicalSettings } from './clinical-settings.js';
import { standingClearanceMonitoring } from './medical.repository.js';

/** This client's monitoring numbers (fasting among them): the prescriber's on the clearance in force, else the practice's defaults. */
export async function monitoringForClient(db: Kysely<Database>, clientId: string): Promise<MonitoringSettings> {
  return (await standingClearanceMonitoring(db, clientId)) ?? (await getClinicalSettings(db)).monitoring;
}
