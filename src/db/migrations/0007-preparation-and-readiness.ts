import type { Kysely } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';
import { addRecordLock } from '../record-locks.js';
import { sqlIn, sqlRaw } from '../sql-helpers.js';
import { DEFAULT_CONSENT_TEMPLATES } from './0007-default-consent-templates.js';

const COURSE_STATUSES = ['preparing', 'in_sessions', 'integrating', 'completed', 'closed'];
const VERSIONED_KINDS = ['intention', 'grounding_tool', 'touch_preferences', 'safety_plan'];
const SESSION_STATUSES = ['planned', 'started', 'completed', 'cancelled'];
const READINESS_ITEMS = ['fasting', 'ride_home', 'no_driving'];

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('treatment_courses')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', COURSE_STATUSES)))
    .addColumn('planned_session_count', t.integer, (c) => c.notNull())
    .addColumn('preparation_completed_at', t.timestamp)
    .addColumn('preparation_completed_by', t.id, (c) => c.references('users.id'))
    .addColumn('opened_at', t.timestamp, (c) => c.notNull())
    .addColumn('opened_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('treatment_courses_client').on('treatment_courses').columns(['client_id', 'opened_at']).execute();

  // One table holds every version of every versioned preparation record (docs/decisions/0021):
  // a revision is a new row, never an update; the current one is the highest version.
  await db.schema
    .createTable('preparation_revisions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('kind', t.text, (c) => c.notNull().check(sqlIn('kind', VERSIONED_KINDS)))
    .addColumn('version', t.integer, (c) => c.notNull())
    .addColumn('body', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'body')))
    .addColumn('retired', t.integer, (c) => c.notNull().defaultTo(0).check(sqlRaw('retired in (0, 1)')))
    .addColumn('author_kind', t.text, (c) => c.notNull().check(sqlIn('author_kind', ['client', 'staff'])))
    .addColumn('written_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('written_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('preparation_revisions_version', ['record_id', 'version'])
    .execute();
  await db.schema.createIndex('preparation_revisions_client').on('preparation_revisions').columns(['client_id', 'kind']).execute();

  await db.schema
    .createTable('preparation_notes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('held_on', t.text, (c) => c.notNull())
    .addColumn('explored', t.text, (c) => c.notNull())
    .addColumn('practised', t.text, (c) => c.notNull())
    .addColumn('next_steps', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['draft', 'signed'])))
    .addColumn('signed_at', t.timestamp)
    .addColumn('signed_by', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('preparation_notes_client').on('preparation_notes').column('client_id').execute();
  await db.schema
    .createTable('preparation_note_amendments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('note_id', t.id, (c) => c.notNull().references('preparation_notes.id'))
    .addColumn('section', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consent_documents')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('key', t.text, (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id'))
    .addColumn('retired_at', t.timestamp)
    .execute();
  await db.schema
    .createTable('consent_document_versions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('document_id', t.id, (c) => c.notNull().references('consent_documents.id'))
    .addColumn('version', t.integer, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('body_markdown', t.text, (c) => c.notNull())
    .addColumn('required', t.integer, (c) => c.notNull().check(sqlRaw('required in (0, 1)')))
    .addColumn('is_template', t.integer, (c) => c.notNull().check(sqlRaw('is_template in (0, 1)')))
    .addColumn('published_at', t.timestamp, (c) => c.notNull())
    .addColumn('published_by', t.id, (c) => c.references('users.id'))
    .addUniqueConstraint('consent_document_versions_version', ['document_id', 'version'])
    .execute();
  await db.schema
    .createTable('consent_signatures')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('document_id', t.id, (c) => c.notNull().references('consent_documents.id'))
    .addColumn('version_id', t.id, (c) => c.notNull().references('consent_document_versions.id'))
    .addColumn('version', t.integer, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('body_markdown', t.text, (c) => c.notNull())
    .addColumn('typed_name', t.text, (c) => c.notNull())
    .addColumn('agreed', t.integer, (c) => c.notNull().check(sqlRaw('agreed = 1')))
    .addColumn('signed_at', t.timestamp, (c) => c.notNull())
    .addColumn('ip_address', t.text, (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('consent_signatures_once', ['client_id', 'version_id'])
    .execute();
  await db.schema.createIndex('consent_signatures_client').on('consent_signatures').columns(['client_id', 'document_id']).execute();

  await db.schema
    .createTable('planned_sessions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('course_id', t.id, (c) => c.references('treatment_courses.id'))
    .addColumn('starts_at', t.timestamp, (c) => c.notNull())
    .addColumn('ends_at', t.timestamp, (c) => c.notNull())
    .addColumn('expected_minutes', t.integer, (c) => c.notNull())
    .addColumn('room', t.text, (c) => c.notNull())
    .addColumn('prescriber_presence', t.text, (c) => c.notNull().check(sqlIn('prescriber_presence', ['in_room', 'on_call'])))
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', SESSION_STATUSES)))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('cancelled_at', t.timestamp)
    .addColumn('cancelled_by', t.id, (c) => c.references('users.id'))
    .addColumn('cancellation_reason', t.text)
    .execute();
  await db.schema.createIndex('planned_sessions_time').on('planned_sessions').columns(['starts_at', 'ends_at']).execute();
  await db.schema.createIndex('planned_sessions_client').on('planned_sessions').columns(['client_id', 'starts_at']).execute();
  await db.schema
    .createTable('planned_session_staff')
    .addColumn('planned_session_id', t.id, (c) => c.notNull().references('planned_sessions.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('role', t.text, (c) => c.notNull().check(sqlIn('role', ['therapist', 'prescriber', 'co_facilitator'])))
    .addPrimaryKeyConstraint('planned_session_staff_pk', ['planned_session_id', 'user_id', 'role'])
    .execute();
  await db.schema
    .createIndex('planned_session_staff_user')
    .on('planned_session_staff')
    .columns(['user_id', 'planned_session_id'])
    .execute();

  await db.schema
    .createTable('readiness_confirmations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('planned_session_id', t.id, (c) => c.notNull().references('planned_sessions.id'))
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('item', t.text, (c) => c.notNull().check(sqlIn('item', READINESS_ITEMS)))
    .addColumn('channel', t.text, (c) => c.notNull().check(sqlIn('channel', ['portal', 'arrival'])))
    .addColumn('note', t.text, (c) => c.notNull())
    .addColumn('confirmed_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('confirmed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('readiness_confirmations_session').on('readiness_confirmations').column('planned_session_id').execute();

  await db.schema
    .createTable('gate_overrides')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('planned_session_id', t.id, (c) => c.notNull().unique().references('planned_sessions.id'))
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('requirement', t.text, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('prescriber_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  for (const [table, what] of [
    ['preparation_revisions', 'a version of a preparation record'],
    ['preparation_note_amendments', 'an amendment'],
    ['consent_document_versions', 'a published consent version'],
    ['consent_signatures', 'a signed consent'],
    ['readiness_confirmations', 'a readiness confirmation'],
    ['gate_overrides', 'a gate override'],
  ] as const) {
    await addRecordLock(db, dialect, { table, what, operations: ['update', 'delete'] });
  }
  await addRecordLock(db, dialect, {
    table: 'preparation_notes',
    what: 'a signed preparation note',
    operations: ['update', 'delete'],
    when: "OLD.status = 'signed'",
  });

  await insertDefaultTemplates(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations
async function insertDefaultTemplates(db: Kysely<any>): Promise<void> {
  const at = '2026-12-01T00:00:00.000Z';
  for (const template of DEFAULT_CONSENT_TEMPLATES) {
    await db
      .insertInto('consent_documents')
      .values({ id: template.documentId, key: template.key, created_at: at, created_by: null, retired_at: null })
      .execute();
    await db
      .insertInto('consent_document_versions')
      .values({
        id: template.versionId,
        document_id: template.documentId,
        version: 1,
        title: template.title,
        body_markdown: template.body,
        required: 1,
        is_template: 1,
        published_at: at,
        published_by: null,
      })
      .execute();
  }
}
