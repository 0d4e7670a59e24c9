import { type Kysely, sql } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';
import { addRecordLock } from '../record-locks.js';
import { sqlIn } from '../sql-helpers.js';

/**
 * Draft responses (decision 0019): answers are saved as they are given, so a disclosure raises its flag
 * at once; a response sent with questions unanswered is kept as incomplete, never scored.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('measure_drafts')
    // The id the response will have once sent, so a flag raised from the draft points at the response.
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('instrument_id', t.text, (c) => c.notNull())
    .addColumn('instrument_version', t.text, (c) => c.notNull())
    // Set for the client's own draft of a portal assignment: one draft per assignment.
    .addColumn('assignment_id', t.id, (c) => c.unique().references('measure_assignments.id'))
    .addColumn('entry_mode', t.text, (c) => c.notNull().check(sqlIn('entry_mode', ['client', 'clinician_with_client'])))
    .addColumn('started_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('answers', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'answers')))
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['open', 'sent'])))
    .execute();
  await db.schema.createIndex('measure_drafts_client').on('measure_drafts').columns(['client_id', 'status']).execute();
  await addRecordLock(db, dialect, {
    table: 'measure_drafts',
    what: 'a sent draft response',
    operations: ['update'],
    when: "OLD.status = 'sent'",
  });
  // Answers given are never thrown away, sent or not.
  await addRecordLock(db, dialect, { table: 'measure_drafts', what: 'a draft response', operations: ['delete'] });

  await db.schema
    .alterTable('measure_responses')
    .addColumn('status', t.text, (c) =>
      c
        .notNull()
        .defaultTo('complete')
        .check(sqlIn('status', ['complete', 'incomplete'])),
    )
    .execute();

  // A safety flag is raised once per kind for one response, however often its draft is saved.
  await sql`create unique index safety_flags_once_per_response on safety_flags (source_id, kind) where source_type = 'measure_response'`.execute(
    db,
  );
}
