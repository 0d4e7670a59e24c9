import type { Kysely } from 'kysely';
import type { ConsentDocumentView, ConsentSignatureView, ConsentVersionView } from '../../contracts/consent.contracts.js';
import type { Database } from '../../db/schema.js';
import { CURRENT_COURSE_STATUSES } from '../../domain/preparation/vocabulary.js';
import { getPracticeSettings, renderPageMarkdown } from '../practice/index.js';

function versionsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('consent_document_versions as v')
    .innerJoin('consent_documents as d', 'd.id', 'v.document_id')
    .leftJoin('users', 'users.id', 'v.published_by')
    .selectAll('v')
    .select(['d.key', 'd.retired_at', 'users.display_name as published_by_name']);
}

export type VersionRow = Awaited<ReturnType<ReturnType<typeof versionsQuery>['execute']>>[number];

async function practiceWords(db: Kysely<Database>) {
  const p = await getPracticeSettings(db);
  return { practiceName: p.practiceName, therapistName: p.therapistName };
}

export function presentVersion(row: VersionRow, words: { practiceName: string; therapistName: string }): ConsentVersionView {
  return {
    id: row.id,
    documentId: row.document_id,
    key: row.key,
    version: row.version,
    title: row.title,
    bodyMarkdown: row.body_markdown,
    bodyHtml: renderPageMarkdown(row.body_markdown, words),
    required: row.required === 1,
    isTemplate: row.is_template === 1,
    publishedAt: row.published_at,
    publishedByName: row.published_by_name,
  };
}

export function allVersionRows(db: Kysely<Database>) {
  return versionsQuery(db).orderBy('d.created_at').orderBy('d.key').orderBy('v.version', 'desc').execute();
}

/** The newest version of every document still in use. */
export async function currentVersionRows(db: Kysely<Database>): Promise<VersionRow[]> {
  const rows = await allVersionRows(db);
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (r.retired_at || seen.has(r.document_id)) return false;
    seen.add(r.document_id);
    return true;
  });
}

export function findVersionRow(db: Kysely<Database>, id: string) {
  return versionsQuery(db).where('v.id', '=', id).executeTakeFirst();
}

export async function loadDocuments(db: Kysely<Database>, documentId?: string): Promise<ConsentDocumentView[]> {
  const words = await practiceWords(db);
  const byDoc = new Map<string, VersionRow[]>();
  for (const row of await allVersionRows(db)) {
    if (documentId && row.document_id !== documentId) continue;
    byDoc.set(row.document_id, [...(byDoc.get(row.document_id) ?? []), row]);
  }
  return [...byDoc.values()].map((rows) => ({
    id: rows[0]!.document_id,
    key: rows[0]!.key,
    current: presentVersion(rows[0]!, words),
    versions: rows.map((r) => ({ id: r.id, version: r.version, title: r.title, required: r.required === 1, publishedAt: r.published_at })),
    retired: rows[0]!.retired_at !== null,
  }));
}

export function signatureRows(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('consent_signatures as s')
    .innerJoin('consent_documents as d', 'd.id', 's.document_id')
    .selectAll('s')
    .select('d.key')
    .where('s.client_id', '=', clientId)
    .orderBy('s.signed_at', 'desc')
    .execute();
}

export function findSignatureRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('consent_signatures as s')
    .innerJoin('consent_documents as d', 'd.id', 's.document_id')
    .selectAll('s')
    .select('d.key')
    .where('s.id', '=', id)
    .executeTakeFirst();
}

type SignatureRow = NonNullable<Awaited<ReturnType<typeof findSignatureRow>>>;

export async function presentSignature(db: Kysely<Database>, row: SignatureRow): Promise<ConsentSignatureView> {
  return {
    id: row.id,
    clientId: row.client_id,
    versionId: row.version_id,
    key: row.key,
    version: row.version,
    title: row.title,
    bodyMarkdown: row.body_markdown,
    bodyHtml: renderPageMarkdown(row.body_markdown, await practiceWords(db)),
    typedName: row.typed_name,
    signedAt: row.signed_at,
    ipAddress: row.ip_address,
  };
}

/** Clients on a current course: the people a newly published version asks to sign again. */
export async function clientsOnCurrentCourse(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('treatment_courses')
    .select('client_id')
    .distinct()
    .where('status', 'in', [...CURRENT_COURSE_STATUSES])
    .execute();
  return rows.map((r) => r.client_id);
}

export { practiceWords };
