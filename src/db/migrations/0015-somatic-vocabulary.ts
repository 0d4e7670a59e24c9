import type { Kysely } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';

/**
 * The practice's somatic vocabulary (issue 10: "each vocabulary editable by the practice"). Each save is a
 * new row and the newest is the one in force, so what the vocabulary said on any day stays on record;
 * with no row yet the default vocabulary in src/domain/session/vocabulary.ts holds (decision 34).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('somatic_vocabulary_versions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('vocabulary', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'vocabulary')))
    .addColumn('saved_at', t.timestamp, (c) => c.notNull())
    .addColumn('saved_by', t.id, (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('somatic_vocabulary_versions_saved').on('somatic_vocabulary_versions').columns(['saved_at']).execute();
}
