import type { Kysely, Selectable } from 'kysely';
import type { MeasureDraft } from '../../contracts/measures.contracts.js';
import { fromJsonColumn, toJsonColumn } from '../../db/json-column.js';
import type { Database, MeasureDraftsTable } from '../../db/schema.js';
import { instruments, type MeasureAnswers, summarizeDraft } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import type { Tx } from '../platform/deps.js';

export type DraftRow = Selectable<MeasureDraftsTable>;

export type StoredAnswers = Record<string, number | string>;

export function toMeasureAnswers(answers: StoredAnswers): MeasureAnswers {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [Number(k), v])) as MeasureAnswers;
}

/**
 * Finds the open draft, or starts it. Insert-or-nothing, then read: two saves racing to start the same
 * draft both end on the one row (PostgreSQL makes the second wait for the first to commit).
 */
export async function findOrStartDraft(
  tx: Tx,
  start: Omit<DraftRow, 'answers' | 'status' | 'updated_at'>,
  by: 'id' | 'assignment_id',
): Promise<DraftRow | undefined> {
  await tx.db
    .insertInto('measure_drafts')
    .values({ ...start, updated_at: start.started_at, answers: toJsonColumn({}), status: 'open' })
    .onConflict((oc) => oc.column(by).doNothing())
    .execute();
  const key = by === 'id' ? start.id : start.assignment_id;
  if (key === null) return undefined;
  return tx.db.selectFrom('measure_drafts').selectAll().where(by, '=', key).executeTakeFirst();
}

export async function writeDraftAnswers(tx: Tx, id: string, answers: StoredAnswers, at: string): Promise<void> {
  await tx.db
    .updateTable('measure_drafts')
    .set({ answers: toJsonColumn(answers), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function markDraftSent(tx: Tx, id: string, at: string): Promise<void> {
  await tx.db.updateTable('measure_drafts').set({ status: 'sent', updated_at: at }).where('id', '=', id).execute();
}

export function draftOfAssignment(db: Kysely<Database>, assignmentId: string) {
  return db.selectFrom('measure_drafts').selectAll().where('assignment_id', '=', assignmentId).executeTakeFirst();
}

export async function responseExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return Boolean(await db.selectFrom('measure_responses').select('id').where('id', '=', id).executeTakeFirst());
}

/** The flag kinds already raised from this response or its draft. */
export async function flagKindsRaisedFor(db: Kysely<Database>, responseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('safety_flags')
    .select('kind')
    .where('source_type', '=', 'measure_response')
    .where('source_id', '=', responseId)
    .execute();
  return rows.map((r) => r.kind);
}

export function openDraftsOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('measure_drafts')
    .innerJoin('users', 'users.id', 'measure_drafts.started_by')
    .selectAll('measure_drafts')
    .select('users.display_name as started_by_name')
    .where('measure_drafts.client_id', '=', clientId)
    .where('measure_drafts.status', '=', 'open')
    .orderBy('measure_drafts.updated_at', 'desc')
    .limit(50)
    .execute();
}

/** Drafts with no answer yet (opened and left) are not worth a line on the chart. */
export function presentDraft(row: DraftRow & { started_by_name: string }): MeasureDraft | null {
  const answers = fromJsonColumn<StoredAnswers>(row.answers);
  if (Object.keys(answers).length === 0) return null;
  const instrumentId = row.instrument_id as InstrumentId;
  const summary = summarizeDraft(instrumentId, toMeasureAnswers(answers));
  return {
    id: row.id,
    instrumentId,
    title: instruments[instrumentId].title,
    entryMode: row.entry_mode,
    startedByName: row.started_by_name,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    missingItems: [...summary.missingItems],
    summary: summary.summary,
    answers,
  };
}
