import type { Kysely, Selectable } from 'kysely';
import type { MeasureResponse } from '../../contracts/measures.contracts.js';
import { fixedShape } from '../../db/fixed-shape.js';
import { fromJsonColumn } from '../../db/json-column.js';
import type { Database, MeasureResponsesTable } from '../../db/schema.js';
import { incompleteSummary, instruments, type MeasureResult } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { bandOf, summarizeResult } from './summarize-result.js';

export function presentResponse(row: Selectable<MeasureResponsesTable> & { entered_by_name: string }): MeasureResponse {
  if (row.status === 'incomplete') return presentIncomplete(row);
  const result = fromJsonColumn<MeasureResult>(row.result);
  const instrumentId = row.instrument_id as InstrumentId;
  const band = bandOf(result);
  return {
    status: 'complete',
    missingItems: [],
    id: row.id,
    instrumentId,
    instrumentVersion: row.instrument_version,
    title: instruments[instrumentId].title,
    completedAt: row.completed_at,
    entryMode: row.entry_mode,
    enteredByName: row.entered_by_name,
    total: row.total,
    band: band ? { code: band.code, label: band.label, min: band.min, max: band.max } : null,
    summary: summarizeResult(result),
    result: result as unknown as Record<string, unknown>,
    answers: fromJsonColumn<Record<string, number | string>>(row.answers),
  };
}

/** Sent with questions unanswered: shown with what is missing, and never a total. */
function presentIncomplete(row: Selectable<MeasureResponsesTable> & { entered_by_name: string }): MeasureResponse {
  const result = fromJsonColumn<{ missingItems: number[] }>(row.result);
  const instrumentId = row.instrument_id as InstrumentId;
  return {
    status: 'incomplete',
    missingItems: result.missingItems,
    id: row.id,
    instrumentId,
    instrumentVersion: row.instrument_version,
    title: instruments[instrumentId].title,
    completedAt: row.completed_at,
    entryMode: row.entry_mode,
    enteredByName: row.entered_by_name,
    total: null,
    band: null,
    summary: incompleteSummary(result.missingItems),
    result: result as unknown as Record<string, unknown>,
    answers: fromJsonColumn<Record<string, number | string>>(row.answers),
  };
}

export function responsesOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('measure_responses')
    .innerJoin('users', 'users.id', 'measure_responses.entered_by')
    .selectAll('measure_responses')
    .select('users.display_name as entered_by_name')
    .where('measure_responses.client_id', '=', clientId)
    .orderBy('measure_responses.completed_at', 'desc')
    .orderBy('measure_responses.id', 'desc')
    .execute();
}

export function assignmentsOf(db: Kysely<Database>, clientId: string, status?: 'open') {
  let q = db
    .selectFrom('measure_assignments')
    .innerJoin('users', 'users.id', 'measure_assignments.assigned_by')
    .selectAll('measure_assignments')
    .select('users.display_name as assigned_by_name')
    .where('measure_assignments.client_id', '=', clientId);
  if (status) q = q.where('measure_assignments.status', '=', status);
  return q.orderBy('measure_assignments.assigned_at', 'desc').limit(200).execute();
}

export function clinicianScoresOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('clinician_scores')
    .innerJoin('users', 'users.id', 'clinician_scores.recorded_by')
    .selectAll('clinician_scores')
    .select('users.display_name as recorded_by_name')
    .where('clinician_scores.client_id', '=', clientId)
    .orderBy('clinician_scores.administered_on', 'desc')
    .execute();
}

/** A clinician-entered score; nothing reads its answer, so it rides with the COMMIT on PostgreSQL (0036). Compiled once. */
export const insertClinicianScore = fixedShape(
  ['id', 'client_id', 'instrument_name', 'score', 'note', 'administered_on', 'recorded_by', 'recorded_at'],
  (db, v) => db.insertInto('clinician_scores').values(v),
);
