import type { Kysely } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';
import { addRecordLock, createRefuseChangeFunction } from '../record-locks.js';
import { sqlIn } from '../sql-helpers.js';

const PHASES = ['consultation', 'preparation', 'sessions', 'integration', 'completed', 'paused'];
const CARE_ROLES = ['therapist', 'prescriber', 'co_facilitator'];

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('legal_name', t.text, (c) => c.notNull())
    .addColumn('preferred_name', t.text, (c) => c.notNull())
    .addColumn('pronouns', t.text, (c) => c.notNull())
    .addColumn('date_of_birth', t.text)
    .addColumn('email', t.text)
    .addColumn('phone', t.text)
    .addColumn('address', t.text, (c) => c.notNull())
    .addColumn('emergency_contact_name', t.text, (c) => c.notNull())
    .addColumn('emergency_contact_phone', t.text, (c) => c.notNull())
    .addColumn('emergency_contact_relationship', t.text, (c) => c.notNull())
    .addColumn('support_person_name', t.text, (c) => c.notNull())
    .addColumn('support_person_phone', t.text, (c) => c.notNull())
    .addColumn('support_person_relationship', t.text, (c) => c.notNull())
    .addColumn('phase', t.text, (c) => c.notNull().check(sqlIn('phase', PHASES)))
    .addColumn('enquiry_id', t.id, (c) => c.references('enquiries.id').unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('clients_phase').on('clients').column('phase').execute();

  await db.schema
    .createTable('client_phase_changes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('from_phase', t.text)
    .addColumn('to_phase', t.text, (c) => c.notNull())
    .addColumn('reason', t.text)
    .addColumn('changed_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('changed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('client_phase_changes_client').on('client_phase_changes').column('client_id').execute();

  await db.schema
    .createTable('care_team_members')
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('role', t.text, (c) => c.notNull().check(sqlIn('role', CARE_ROLES)))
    .addColumn('assigned_at', t.timestamp, (c) => c.notNull())
    .addColumn('assigned_by', t.id, (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('care_team_members_pk', ['client_id', 'user_id', 'role'])
    .execute();
  await db.schema.createIndex('care_team_members_user').on('care_team_members').columns(['user_id', 'client_id']).execute();

  await db.schema
    .alterTable('users')
    .addColumn('client_id', t.id, (c) => c.references('clients.id'))
    .execute();
  await db.schema
    .alterTable('invitations')
    .addColumn('client_id', t.id, (c) => c.references('clients.id'))
    .execute();
  await db.schema
    .alterTable('practice_settings')
    .addColumn('client_idle_minutes', t.integer, (c) => c.notNull().defaultTo(120))
    .execute();
  await db.schema.alterTable('practice_settings').addColumn('monitoring_defaults', t.json).execute();
  await db.schema
    .alterTable('practice_settings')
    .addColumn('pcl5_threshold', t.integer, (c) => c.notNull().defaultTo(33))
    .execute();
  await db.schema.alterTable('practice_settings').addColumn('demo_seeded_at', t.timestamp).execute();

  await db.schema
    .createTable('measure_assignments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('instrument_id', t.text, (c) => c.notNull())
    .addColumn('context', t.text, (c) => c.notNull())
    .addColumn('assigned_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', t.timestamp, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['open', 'completed', 'cancelled'])))
    .addColumn('closed_at', t.timestamp)
    .execute();
  await db.schema.createIndex('measure_assignments_client').on('measure_assignments').columns(['client_id', 'status']).execute();

  await db.schema
    .createTable('measure_responses')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('instrument_id', t.text, (c) => c.notNull())
    .addColumn('instrument_version', t.text, (c) => c.notNull())
    .addColumn('assignment_id', t.id, (c) => c.references('measure_assignments.id'))
    .addColumn('answers', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'answers')))
    .addColumn('result', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'result')))
    .addColumn('total', t.real)
    .addColumn('band_code', t.text)
    .addColumn('entry_mode', t.text, (c) => c.notNull().check(sqlIn('entry_mode', ['client', 'clinician_with_client'])))
    .addColumn('entered_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('completed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('measure_responses_client')
    .on('measure_responses')
    .columns(['client_id', 'instrument_id', 'completed_at'])
    .execute();

  await db.schema
    .createTable('clinician_scores')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('instrument_name', t.text, (c) => c.notNull())
    .addColumn('score', t.real, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('administered_on', t.text, (c) => c.notNull())
    .addColumn('recorded_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clinician_scores_client').on('clinician_scores').column('client_id').execute();

  await db.schema
    .createTable('safety_flags')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('urgency', t.text, (c) => c.notNull().check(sqlIn('urgency', ['high', 'urgent'])))
    .addColumn('source_type', t.text, (c) => c.notNull())
    .addColumn('source_id', t.id, (c) => c.notNull())
    .addColumn('summary', t.text, (c) => c.notNull())
    .addColumn('raised_at', t.timestamp, (c) => c.notNull())
    .addColumn('acknowledged_at', t.timestamp)
    .addColumn('acknowledged_by', t.id, (c) => c.references('users.id'))
    .addColumn('acknowledgement_note', t.text)
    .execute();
  await db.schema.createIndex('safety_flags_open').on('safety_flags').columns(['client_id', 'acknowledged_at']).execute();

  await db.schema
    .createTable('consultations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('held_on', t.text, (c) => c.notNull())
    .addColumn('emotional_history', t.text, (c) => c.notNull())
    .addColumn('trauma_history', t.text, (c) => c.notNull())
    .addColumn('prior_treatment', t.text, (c) => c.notNull())
    .addColumn('current_medications', t.text, (c) => c.notNull())
    .addColumn('goals', t.text, (c) => c.notNull())
    .addColumn('presenting_concerns', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'presenting_concerns')))
    .addColumn('presenting_other', t.text, (c) => c.notNull())
    .addColumn('related_therapies', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'related_therapies')))
    .addColumn('related_other', t.text, (c) => c.notNull())
    .addColumn('fit_notes', t.text, (c) => c.notNull())
    .addColumn('decision', t.text)
    .addColumn('decision_reasons', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull().check(sqlIn('status', ['draft', 'signed'])))
    .addColumn('signed_at', t.timestamp)
    .addColumn('signed_by', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultations_client').on('consultations').column('client_id').execute();

  await db.schema
    .createTable('consultation_amendments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('consultation_id', t.id, (c) => c.notNull().references('consultations.id'))
    .addColumn('section', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('medical_screenings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('prescriber_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('answers', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'answers')))
    .addColumn('notes', t.text, (c) => c.notNull())
    .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('medical_screenings_client').on('medical_screenings').column('client_id').execute();

  await db.schema
    .createTable('medical_clearances')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    .addColumn('prescriber_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('cleared_on', t.text, (c) => c.notNull())
    .addColumn('valid_until', t.text, (c) => c.notNull())
    .addColumn('conditions', t.text, (c) => c.notNull())
    .addColumn('monitoring', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'monitoring')))
    .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
    .addColumn('withdrawn_at', t.timestamp)
    .addColumn('withdrawn_by', t.id, (c) => c.references('users.id'))
    .addColumn('withdrawal_reason', t.text)
    .execute();
  await db.schema.createIndex('medical_clearances_client').on('medical_clearances').column('client_id').execute();

  await createRefuseChangeFunction(db, dialect);
  await addRecordLock(db, dialect, { table: 'audit_log', what: 'the audit trail', operations: ['update', 'delete'] });
  await addRecordLock(db, dialect, { table: 'measure_responses', what: 'a completed measure response', operations: ['update', 'delete'] });
  await addRecordLock(db, dialect, {
    table: 'consultations',
    what: 'a signed consultation record',
    operations: ['update', 'delete'],
    when: "OLD.status = 'signed'",
  });
  await addRecordLock(db, dialect, { table: 'consultation_amendments', what: 'an amendment', operations: ['update', 'delete'] });
  await addRecordLock(db, dialect, { table: 'medical_screenings', what: 'a medical screening', operations: ['update', 'delete'] });
  await addRecordLock(db, dialect, { table: 'clinician_scores', what: 'a clinician-entered score', operations: ['update', 'delete'] });
  await addRecordLock(db, dialect, {
    table: 'medical_clearances',
    what: 'a withdrawn clearance',
    operations: ['update'],
    when: 'OLD.withdrawn_at IS NOT NULL',
  });
  await addRecordLock(db, dialect, { table: 'medical_clearances', what: 'a clearance', operations: ['delete'] });
  await addRecordLock(db, dialect, {
    table: 'safety_flags',
    what: 'an acknowledged safety flag',
    operations: ['update'],
    when: 'OLD.acknowledged_at IS NOT NULL',
  });
  await addRecordLock(db, dialect, { table: 'safety_flags', what: 'a safety flag', operations: ['delete'] });
}
