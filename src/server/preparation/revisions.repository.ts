import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AuthorshipView } from '../../contracts/preparation.contracts.js';
import { fromJsonColumn, toJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import type { AuthorKind, VersionedKind } from '../../domain/preparation/vocabulary.js';

/** One version of a versioned preparation record, as read back (see docs/decisions/0021). */
export interface Revision<T> {
  recordId: string;
  clientId: string;
  body: T;
  retired: boolean;
  authorship: AuthorshipView;
}

function revisionsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('preparation_revisions')
    .innerJoin('users', 'users.id', 'preparation_revisions.written_by')
    .selectAll('preparation_revisions')
    .select('users.display_name as written_by_name');
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof revisionsQuery>['execute']>>[number];

function toRevision<T>(row: RevisionRow): Revision<T> {
  return {
    recordId: row.record_id,
    clientId: row.client_id,
    body: fromJsonColumn<T>(row.body),
    retired: row.retired === 1,
    authorship: { version: row.version, writtenAt: row.written_at, writtenByName: row.written_by_name, writtenByKind: row.author_kind },
  };
}

/** Every version of every record of this kind for the client, newest version first within each record. */
export async function revisionsOfKind<T>(db: Kysely<Database>, clientId: string, kind: VersionedKind): Promise<Map<string, Revision<T>[]>> {
  const rows = await revisionsQuery(db)
    .where('preparation_revisions.client_id', '=', clientId)
    .where('preparation_revisions.kind', '=', kind)
    .orderBy('preparation_revisions.record_id')
    .orderBy('preparation_revisions.version', 'desc')
    .execute();
  const byRecord = new Map<string, Revision<T>[]>();
  for (const row of rows) {
    const list = byRecord.get(row.record_id) ?? [];
    list.push(toRevision<T>(row));
    byRecord.set(row.record_id, list);
  }
  return byRecord;
}

/** The versions of one record, newest first; empty when there is no such record of that kind. */
export async function revisionsOfRecord<T>(db: Kysely<Database>, recordId: string, kind: VersionedKind): Promise<Revision<T>[]> {
  const rows = await revisionsQuery(db)
    .where('preparation_revisions.record_id', '=', recordId)
    .where('preparation_revisions.kind', '=', kind)
    .orderBy('preparation_revisions.version', 'desc')
    .execute();
  return rows.map((r) => toRevision<T>(r));
}

export interface NewRevision {
  recordId?: string;
  clientId: string;
  kind: VersionedKind;
  body: unknown;
  retired?: boolean;
  authorKind: AuthorKind;
  writtenBy: string;
  at: string;
}

/** A revision is a new row with the next version number; nothing is ever updated. Returns the record id. */
export async function appendRevision(db: Kysely<Database>, revision: NewRevision): Promise<string> {
  const recordId = revision.recordId ?? uuidv7();
  const last = await db
    .selectFrom('preparation_revisions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  await db
    .insertInto('preparation_revisions')
    .values({
      id: uuidv7(),
      record_id: recordId,
      client_id: revision.clientId,
      kind: revision.kind,
      version: Number(last?.version ?? 0) + 1,
      body: toJsonColumn(revision.body),
      retired: revision.retired ? 1 : 0,
      author_kind: revision.authorKind,
      written_by: revision.writtenBy,
      written_at: revision.at,
    })
    .execute();
  return recordId;
}

/** For records a client has only one of (touch preferences, the safety plan): the record id is stable per client. */
export async function singletonRecordId(db: Kysely<Database>, clientId: string, kind: VersionedKind): Promise<string | undefined> {
  const row = await db
    .selectFrom('preparation_revisions')
    .select('record_id')
    .where('client_id', '=', clientId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.record_id;
}
