import type { Kysely } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';
import { addRecordLock } from '../record-locks.js';
import { sqlIn } from '../sql-helpers.js';

/**
 * Ketamine sessions and their timeline (issue 10). `session_entries` is the record: append-only, one row per
 * entry id made on the device, with the hash of what was sent so a retry is told from a reuse (decision 15).
 * `session_alerts` and `session_doses` are projections of the entries kept for lists and reports; they are
 * rebuilt from the entries by the use case that appends one, in the same transaction.
 */
// The value sets as they stand at this migration (a migration describes the schema as it was, so they are
// written out here rather than imported from the domain, which may grow later with its own migration).
const ENTRY_KINDS = [
  'vitals',
  'baseline_decision',
  'dose',
  'prn_medicine',
  'observation',
  'intervention',
  'fragment',
  'adverse_event',
  'adverse_event_outcome',
  'clinician_score',
  'note',
  'discharge_assessment',
  'alert_acknowledged',
  'discharged',
  'edit',
  'amendment',
];
const ALERT_CODES = ['systolic_rise', 'diastolic_rise', 'systolic_high', 'diastolic_high', 'heart_rate_high', 'heart_rate_low', 'spo2_low'];
const ROUTES = ['sublingual', 'intramuscular', 'intranasal', 'intravenous', 'oral', 'other'];

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('ketamine_sessions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['open', 'dosed', 'discharged'])))
    // What the rules need, fixed at opening: prescribers, consented touch kinds, vocabulary, monitoring and console settings.
    .addColumn('context', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'context')))
    // Readiness items overridden by a prescriber for this session (codes, prescriber id, reason), or null.
    .addColumn('readiness_override', t.json, (c) => c.check(jsonCheck(dialect, 'readiness_override')))
    .addColumn('opened_at', t.timestamp, (c) => c.notNull())
    .addColumn('opened_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('first_dose_at', t.timestamp)
    .addColumn('discharged_at', t.timestamp)
    .addColumn('discharged_by', t.id, (c) => c.references('users.id'))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ketamine_sessions_client').on('ketamine_sessions').columns(['client_id', 'opened_at']).execute();
  await db.schema.createIndex('ketamine_sessions_status').on('ketamine_sessions').column('status').execute();

  await db.schema
    .createTable('session_entries')
    // The UUIDv7 made on the device: the primary key is what makes a retried entry land once.
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('session_id', t.id, (c) => c.notNull().references('ketamine_sessions.id'))
    .addColumn('kind', t.text, (c) => c.notNull().check(sqlIn('kind', ENTRY_KINDS)))
    .addColumn('body', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'body')))
    // sha-256 (hex) of the domain's `fingerprint(event)`: same id, same hash → duplicate; other hash → 409.
    .addColumn('body_hash', t.text, (c) => c.notNull())
    .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('device_time', t.timestamp, (c) => c.notNull())
    .addColumn('clock_offset_ms', t.integer, (c) => c.notNull())
    .addColumn('server_time', t.timestamp, (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('time_source', t.text, (c) => c.notNull().check(sqlIn('time_source', ['server', 'device'])))
    // For edits and amendments: the entry they change.
    .addColumn('target_id', t.id, (c) => c.references('session_entries.id'))
    .execute();
  // The timeline's order and the catch-up cursor: (server_time, id) after a given pair.
  await db.schema.createIndex('session_entries_timeline').on('session_entries').columns(['session_id', 'server_time', 'id']).execute();
  await db.schema.createIndex('session_entries_target').on('session_entries').column('target_id').execute();

  await db.schema
    .createTable('session_alerts')
    // `<reading entry id>:<code>`, as every device derives it.
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('session_id', t.id, (c) => c.notNull().references('ketamine_sessions.id'))
    .addColumn('reading_entry_id', t.id, (c) => c.notNull().references('session_entries.id'))
    .addColumn('code', t.text, (c) => c.notNull().check(sqlIn('code', ALERT_CODES)))
    .addColumn('raised_at', t.timestamp, (c) => c.notNull())
    .addColumn('recheck_due_at', t.timestamp)
    .addColumn('recheck_entry_id', t.id, (c) => c.references('session_entries.id'))
    .addColumn('recheck_outcome', t.text, (c) => c.check(sqlIn('recheck_outcome', ['confirmed', 'not_confirmed'])))
    .addColumn('acknowledged_at', t.timestamp)
    .addColumn('acknowledged_by', t.id, (c) => c.references('users.id'))
    .addColumn('acknowledgement_entry_id', t.id, (c) => c.references('session_entries.id'))
    .execute();
  await db.schema.createIndex('session_alerts_open').on('session_alerts').columns(['session_id', 'acknowledged_at']).execute();

  await db.schema
    .createTable('session_doses')
    // The dose's entry id; an amendment updates the row, the entry keeps the original.
    .addColumn('id', t.id, (c) => c.primaryKey().references('session_entries.id'))
    .addColumn('session_id', t.id, (c) => c.notNull().references('ketamine_sessions.id'))
    .addColumn('dose_kind', t.text, (c) => c.notNull().check(sqlIn('dose_kind', ['session_medicine', 'prn'])))
    .addColumn('medicine', t.text, (c) => c.notNull())
    // mg for the session medicine; null for a PRN medicine, whose amount is in words.
    .addColumn('mg', t.real)
    .addColumn('amount_text', t.text, (c) => c.notNull())
    .addColumn('route', t.text, (c) => c.notNull().check(sqlIn('route', ROUTES)))
    .addColumn('administered_at', t.timestamp, (c) => c.notNull())
    .addColumn('administered_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('ordered_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('lot', t.text, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('entered_in_error', t.integer, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('session_doses_session').on('session_doses').columns(['session_id', 'administered_at']).execute();

  // Entries are never changed or removed: edits and amendments are new entries that keep the original.
  await addRecordLock(db, dialect, { table: 'session_entries', what: 'a session entry', operations: ['update', 'delete'] });
  await addRecordLock(db, dialect, { table: 'session_alerts', what: 'a session alert', operations: ['delete'] });
  await addRecordLock(db, dialect, {
    table: 'session_alerts',
    what: 'an acknowledged alert',
    operations: ['update'],
    when: 'OLD.acknowledged_at IS NOT NULL',
  });
  await addRecordLock(db, dialect, { table: 'session_doses', what: 'a session dose', operations: ['delete'] });
}
