import type { Kysely } from 'kysely';
import { fromJsonColumn, toJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import type { SomaticVocabulary } from '../../domain/session/vocabulary.js';

export interface StoredVocabulary {
  vocabulary: SomaticVocabulary;
  savedAt: string;
  savedBy: string;
  savedByName: string | null;
}

/** The newest save, or null while the practice uses the default vocabulary. */
export async function latestVocabulary(db: Kysely<Database>): Promise<StoredVocabulary | null> {
  const row = await db
    .selectFrom('somatic_vocabulary_versions as v')
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.vocabulary', 'v.saved_at', 'v.saved_by', 'u.display_name'])
    .orderBy('v.saved_at', 'desc')
    .orderBy('v.id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return {
    vocabulary: fromJsonColumn<SomaticVocabulary>(row.vocabulary),
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    savedByName: row.display_name ?? null,
  };
}

export async function insertVocabularyVersion(
  db: Kysely<Database>,
  row: { id: string; vocabulary: SomaticVocabulary; savedAt: string; savedBy: string },
): Promise<void> {
  await db
    .insertInto('somatic_vocabulary_versions')
    .values({ id: row.id, vocabulary: toJsonColumn(row.vocabulary), saved_at: row.savedAt, saved_by: row.savedBy })
    .execute();
}
