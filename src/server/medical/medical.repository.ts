import type { Kysely } from 'kysely';
import { fromJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import { clearanceStatus } from '../../domain/medical/clearance-status.js';
import type { MonitoringSettings } from '../../domain/medical/monitoring-settings.js';
import { type ScreeningAnswers, screeningConcerns } from '../../domain/medical/screening-checklist.js';

export function screeningsOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('medical_screenings')
    .innerJoin('users', 'users.id', 'medical_screenings.prescriber_id')
    .selectAll('medical_screenings')
    .select('users.display_name as prescriber_name')
    .where('medical_screenings.client_id', '=', clientId)
    .orderBy('medical_screenings.recorded_at', 'desc')
    .execute();
}

function clearanceQuery(db: Kysely<Database>) {
  return db
    .selectFrom('medical_clearances')
    .innerJoin('users as prescriber', 'prescriber.id', 'medical_clearances.prescriber_id')
    .leftJoin('users as withdrawer', 'withdrawer.id', 'medical_clearances.withdrawn_by')
    .selectAll('medical_clearances')
    .select(['prescriber.display_name as prescriber_name', 'withdrawer.display_name as withdrawn_by_name']);
}

export function clearancesOf(db: Kysely<Database>, clientId: string) {
  return clearanceQuery(db)
    .where('medical_clearances.client_id', '=', clientId)
    .orderBy('medical_clearances.recorded_at', 'desc')
    .execute();
}

export function findClearance(db: Kysely<Database>, id: string) {
  return clearanceQuery(db).where('medical_clearances.id', '=', id).executeTakeFirst();
}

type ClearanceRow = Awaited<ReturnType<typeof findClearance>> & {};
type ScreeningRow = Awaited<ReturnType<typeof screeningsOf>>[number];

export function presentClearance(row: ClearanceRow, today: string) {
  return {
    id: row.id,
    prescriberName: row.prescriber_name,
    clearedOn: row.cleared_on,
    validUntil: row.valid_until,
    conditions: row.conditions,
    monitoring: fromJsonColumn<MonitoringSettings>(row.monitoring),
    status: clearanceStatus({ clearedOn: row.cleared_on, validUntil: row.valid_until, withdrawnAt: row.withdrawn_at }, today),
    recordedAt: row.recorded_at,
    withdrawal: row.withdrawn_at
      ? { at: row.withdrawn_at, byName: row.withdrawn_by_name ?? '', reason: row.withdrawal_reason ?? '' }
      : null,
  };
}

/** The full record for the prescriber; the summary (which items need attention, no notes) for everyone else. */
export function presentScreening(row: ScreeningRow, full: boolean) {
  const answers = fromJsonColumn<ScreeningAnswers>(row.answers);
  return {
    id: row.id,
    prescriberName: row.prescriber_name,
    recordedAt: row.recorded_at,
    answers: full ? (answers as Record<string, { answer: 'yes' | 'no' | 'unknown'; note: string }>) : null,
    notes: full ? row.notes : null,
    concerns: screeningConcerns(answers),
  };
}

/** The monitoring numbers on the clearance in force (the latest not withdrawn), if there is one. */
export async function standingClearanceMonitoring(db: Kysely<Database>, clientId: string): Promise<MonitoringSettings | null> {
  const row = await db
    .selectFrom('medical_clearances')
    .select('monitoring')
    .where('client_id', '=', clientId)
    .where('withdrawn_at', 'is', null)
    .orderBy('recorded_at', 'desc')
    .executeTakeFirst();
  return row?.monitoring ? fromJsonColumn<MonitoringSettings>(row.monitoring) : null;
}
