import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../column-types.js';

/**
 * Accounts that can change and two-factor sign-in (decision 26). On `users`: a preferred short name, and the
 * TOTP secret with the last time step a code was accepted for (a code is taken once only). `recovery_codes`
 * hold hashes of the one-time codes shown once at enrolment. `sign_in_challenges` are the half-signed-in
 * state between a right password and the second factor: not a session, so they open nothing else.
 * `password_resets` are the one-time links an admin sends. `account_settings` holds the practice's choice
 * to require two-factor sign-in for staff (no row: required).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes): Promise<void> {
  await db.schema.alterTable('users').addColumn('short_name', t.text).execute();
  await db.schema.alterTable('users').addColumn('totp_secret', t.text).execute();
  await db.schema.alterTable('users').addColumn('totp_pending_secret', t.text).execute();
  await db.schema.alterTable('users').addColumn('totp_enrolled_at', t.timestamp).execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', t.bigint).execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').columns(['user_id', 'code_hash']).execute();

  await db.schema
    .createTable('sign_in_challenges')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    // 'verify': enrolled, asks for a code; 'enrol': two-factor is required and not set up yet.
    .addColumn('purpose', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('attempts', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('used_at', t.timestamp)
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', t.text, (c) => c.notNull().unique())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await db.schema.createIndex('password_resets_user').on('password_resets').columns(['user_id']).execute();

  await db.schema
    .createTable('account_settings')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('staff_two_factor', t.integer, (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', t.id)
    .execute();
}
