import { type Kysely, sql } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'payload')))
    .addColumn('run_at', t.timestamp, (c) => c.notNull())
    .addColumn('attempts', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', t.integer, (c) => c.notNull())
    .addColumn('backoff_ms', t.integer, (c) => c.notNull())
    .addColumn('last_error', t.text)
    .addColumn('claimed_by', t.text)
    .addColumn('claimed_until', t.timestamp)
    .addColumn('done_at', t.timestamp)
    .addColumn('failed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Only open jobs are ever looked for, so the index holds only those and stays small.
  await db.schema
    .createIndex('jobs_open_by_run_at')
    .on('jobs')
    .column('run_at')
    .where(sql.ref('done_at'), 'is', null)
    .where(sql.ref('failed_at'), 'is', null)
    .execute();
}
