import type { Kysely } from 'kysely';
import type { CourseView, PrepNoteDraftBody, PrepNoteView } from '../../contracts/preparation.contracts.js';
import type { Database } from '../../db/schema.js';
import { COURSE_STATUS_LABELS } from '../../domain/preparation/vocabulary.js';
import { listAmendments } from '../notes/index.js';

// ── Treatment course ─────────────────────────────────────────────────────────

/** The client's newest course: a new course opens only when the last one is completed or closed. */
export function currentCourseRow(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('treatment_courses')
    .leftJoin('users', 'users.id', 'treatment_courses.preparation_completed_by')
    .selectAll('treatment_courses')
    .select('users.display_name as completed_by_name')
    .where('treatment_courses.client_id', '=', clientId)
    .orderBy('treatment_courses.opened_at', 'desc')
    .orderBy('treatment_courses.id', 'desc')
    .executeTakeFirst();
}

export async function loadCourse(db: Kysely<Database>, clientId: string): Promise<CourseView | null> {
  const row = await currentCourseRow(db, clientId);
  if (!row) return null;
  const planned = await db
    .selectFrom('planned_sessions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('course_id', '=', row.id)
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
  return {
    id: row.id,
    clientId: row.client_id,
    status: row.status,
    statusLabel: COURSE_STATUS_LABELS[row.status],
    plannedSessionCount: row.planned_session_count,
    sessionsPlanned: Number(planned?.n ?? 0),
    preparationCompletedAt: row.preparation_completed_at,
    preparationCompletedByName: row.completed_by_name,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
  };
}

// ── Preparation notes ────────────────────────────────────────────────────────

export function noteColumns(body: PrepNoteDraftBody) {
  return { held_on: body.heldOn ?? '', explored: body.explored, practised: body.practised, next_steps: body.nextSteps };
}

function noteQuery(db: Kysely<Database>) {
  return db
    .selectFrom('preparation_notes')
    .innerJoin('users as author', 'author.id', 'preparation_notes.author_id')
    .leftJoin('users as signer', 'signer.id', 'preparation_notes.signed_by')
    .selectAll('preparation_notes')
    .select(['author.display_name as author_name', 'signer.display_name as signed_by_name']);
}

export function findNoteRow(db: Kysely<Database>, id: string) {
  return noteQuery(db).where('preparation_notes.id', '=', id).executeTakeFirst();
}

export function listNoteRows(db: Kysely<Database>, clientId: string) {
  return noteQuery(db).where('preparation_notes.client_id', '=', clientId).orderBy('preparation_notes.created_at', 'desc').execute();
}

type NoteRow = Awaited<ReturnType<typeof listNoteRows>>[number];

export function presentNoteSummary(r: NoteRow) {
  return {
    id: r.id,
    status: r.status,
    heldOn: r.held_on || null,
    authorName: r.author_name,
    signedAt: r.signed_at,
    updatedAt: r.updated_at,
  };
}

export async function loadNote(db: Kysely<Database>, id: string): Promise<PrepNoteView | undefined> {
  const row = await findNoteRow(db, id);
  if (!row) return undefined;
  const amendments = await listAmendments(db, 'preparation_note', id);
  return {
    id: row.id,
    clientId: row.client_id,
    authorName: row.author_name,
    status: row.status,
    heldOn: row.held_on || null,
    explored: row.explored,
    practised: row.practised,
    nextSteps: row.next_steps,
    signedAt: row.signed_at,
    signedByName: row.signed_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    amendments,
  };
}
