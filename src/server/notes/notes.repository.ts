import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * Where each kind of signed note lives. The tables share their lifecycle columns (client_id, author_id,
 * status, signed_at, signed_by, created_at, updated_at) and an amendments table beside them; only the
 * writing itself differs, and that is the feature's.
 */
export const NOTE_TABLES = {
  consultation: { notes: 'consultations', amendments: 'consultation_amendments', noteKey: 'consultation_id' },
  preparation_note: { notes: 'preparation_notes', amendments: 'preparation_note_amendments', noteKey: 'note_id' },
} as const;

export type NoteKind = keyof typeof NOTE_TABLES;

/** The feature's own columns for the writing in a draft (already mapped from the request body). */
export type NoteColumns = Record<string, string | null>;

// Kysely types a query by one table; the lifecycle columns are the same in each, so the queries below are
// written against the preparation tables and run against whichever table the kind names.
type NotesTable = 'preparation_notes';
type AmendmentsTable = 'preparation_note_amendments';
const notesOf = (kind: NoteKind) => NOTE_TABLES[kind].notes as NotesTable;
const amendmentsOf = (kind: NoteKind) => NOTE_TABLES[kind].amendments as AmendmentsTable;
const noteKeyOf = (kind: NoteKind) => NOTE_TABLES[kind].noteKey as 'note_id';

export function findNoteLifecycle(db: Kysely<Database>, kind: NoteKind, id: string) {
  return db.selectFrom(notesOf(kind)).select(['id', 'client_id', 'status']).where('id', '=', id).executeTakeFirst();
}

export function insertNoteDraft(
  db: Kysely<Database>,
  kind: NoteKind,
  note: { id: string; clientId: string; authorId: string; at: string; columns: NoteColumns },
) {
  return db
    .insertInto(notesOf(kind))
    .values({
      ...(note.columns as Record<string, string>),
      id: note.id,
      client_id: note.clientId,
      author_id: note.authorId,
      status: 'draft',
      signed_at: null,
      signed_by: null,
      created_at: note.at,
      updated_at: note.at,
    } as Database[NotesTable])
    .execute();
}

export function updateNoteDraft(db: Kysely<Database>, kind: NoteKind, id: string, columns: NoteColumns, at: string) {
  return db
    .updateTable(notesOf(kind))
    .set({ ...columns, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export function markNoteSigned(db: Kysely<Database>, kind: NoteKind, id: string, by: string, at: string) {
  return db
    .updateTable(notesOf(kind))
    .set({ status: 'signed', signed_at: at, signed_by: by, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export function insertAmendment(
  db: Kysely<Database>,
  kind: NoteKind,
  amendment: { id: string; noteId: string; section: string; text: string; authorId: string; at: string },
) {
  return db
    .insertInto(amendmentsOf(kind))
    .values({
      id: amendment.id,
      [noteKeyOf(kind)]: amendment.noteId,
      section: amendment.section,
      text: amendment.text,
      author_id: amendment.authorId,
      created_at: amendment.at,
    } as Database[AmendmentsTable])
    .execute();
}

/** A note's amendments, oldest first, with who wrote each. */
export async function listAmendments(db: Kysely<Database>, kind: NoteKind, noteId: string) {
  const table = amendmentsOf(kind);
  const rows = await db
    .selectFrom(table)
    .innerJoin('users', 'users.id', `${table}.author_id`)
    .select([`${table}.id`, `${table}.section`, `${table}.text`, `${table}.created_at`, 'users.display_name'])
    .where(noteKeyOf(kind), '=', noteId)
    .orderBy(`${table}.created_at`)
    .orderBy(`${table}.id`)
    .execute();
  return rows.map((a) => ({ id: a.id, section: a.section, text: a.text, authorName: a.display_name, createdAt: a.created_at }));
}
