import type { Kysely } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';
import { sqlIn, sqlRaw } from '../sql-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('practice_settings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('practice_name', t.text, (c) => c.notNull())
    .addColumn('therapist_name', t.text, (c) => c.notNull())
    .addColumn('email', t.text, (c) => c.notNull())
    .addColumn('phone', t.text, (c) => c.notNull())
    .addColumn('address', t.text, (c) => c.notNull())
    .addColumn('time_zone', t.text, (c) => c.notNull())
    .addColumn('emergency_number', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', t.id)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('email', t.text, (c) => c.notNull().unique())
    .addColumn('display_name', t.text, (c) => c.notNull())
    .addColumn('password_hash', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['active', 'deactivated'])))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('kind', t.text, (c) => c.notNull().check(sqlIn('kind', ['staff', 'client'])))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('ended_at', t.timestamp)
    .execute();
  await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('email', t.text, (c) => c.notNull())
    .addColumn('display_name', t.text, (c) => c.notNull())
    .addColumn('roles', t.text, (c) => c.notNull())
    .addColumn('token_hash', t.text, (c) => c.notNull().unique())
    .addColumn('invited_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('accepted_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .addColumn('user_id', t.id, (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', t.text, (c) => c.primaryKey())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .execute();

  await db.schema
    .createTable('throttle')
    .addColumn('key', t.text, (c) => c.primaryKey())
    .addColumn('window_started_at', t.timestamp, (c) => c.notNull())
    .addColumn('count', t.integer, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', t.bigint, (c) => c.primaryKey())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('actor_role', t.text)
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('record_type', t.text)
    .addColumn('record_id', t.id)
    .addColumn('ip', t.text)
    .addColumn('detail', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'detail')))
    .addColumn('prev_hash', t.text, (c) => c.notNull())
    .addColumn('hash', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('to_address', t.text, (c) => c.notNull())
    .addColumn('subject', t.text, (c) => c.notNull())
    .addColumn('body_text', t.text, (c) => c.notNull())
    .addColumn('purpose', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['kept', 'queued', 'sending', 'sent', 'failed'])))
    .addColumn('sent_at', t.timestamp)
    .addColumn('error', t.text)
    .execute();

  await db.schema
    .createTable('enquiries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('email', t.text)
    .addColumn('phone', t.text)
    .addColumn('preferred_contact', t.text, (c) => c.notNull().check(sqlIn('preferred_contact', ['email', 'phone'])))
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('preferred_times', t.text, (c) => c.notNull())
    .addColumn('heard_about', t.text, (c) => c.notNull())
    .addColumn('consent_to_contact_at', t.timestamp, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('status_reason', t.text)
    .addColumn('status_changed_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('enquiries_contact_given', sqlRaw('email is not null or phone is not null'))
    .execute();
  await db.schema.createIndex('enquiries_queue').on('enquiries').columns(['status', 'received_at']).execute();

  await db.schema
    .createTable('enquiry_status_changes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('enquiry_id', t.id, (c) => c.notNull().references('enquiries.id'))
    .addColumn('from_status', t.text, (c) => c.notNull())
    .addColumn('to_status', t.text, (c) => c.notNull())
    .addColumn('reason', t.text)
    .addColumn('changed_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('changed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enquiry_status_changes_enquiry').on('enquiry_status_changes').column('enquiry_id').execute();

  await db.schema
    .createTable('enquiry_notes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('enquiry_id', t.id, (c) => c.notNull().references('enquiries.id'))
    .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('body', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enquiry_notes_enquiry').on('enquiry_notes').column('enquiry_id').execute();

  await db.schema
    .createTable('public_pages')
    .addColumn('slug', t.text, (c) => c.primaryKey())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('description', t.text, (c) => c.notNull())
    .addColumn('body', t.text, (c) => c.notNull())
    .addColumn('reviewed_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.notNull().references('users.id'))
    .execute();
}
