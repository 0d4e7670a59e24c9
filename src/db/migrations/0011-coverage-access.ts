import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../column-types.js';

/**
 * Coverage access (break-the-glass, decision 27): a clinician outside a client's care team opens one chart for
 * a limited window after giving a reason and their password. `coverage_grants` is the record of each opening;
 * `notices` are the in-app messages that tell the care team; the window length is a practice setting.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes): Promise<void> {
  await db.schema
    .alterTable('practice_settings')
    .addColumn('coverage_hours', t.integer, (c) => c.notNull().defaultTo(4))
    .execute();

  await db.schema
    .createTable('coverage_grants')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('client_id', t.id, (c) => c.notNull().references('clients.id'))
    // The clinician's own words for why they opened the chart; shown to the care team, never copied into the audit trail.
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('ends_at', t.timestamp, (c) => c.notNull())
    // Set when the window closed (by itself, by the job, or by the clinician); null while it may still be open.
    .addColumn('ended_at', t.timestamp)
    .execute();
  await db.schema.createIndex('coverage_grants_user_client').on('coverage_grants').columns(['user_id', 'client_id', 'ends_at']).execute();
  await db.schema.createIndex('coverage_grants_open').on('coverage_grants').columns(['ended_at', 'ends_at']).execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('client_id', t.id, (c) => c.references('clients.id'))
    .addColumn('coverage_grant_id', t.id, (c) => c.references('coverage_grants.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('seen_at', t.timestamp)
    .execute();
  await db.schema.createIndex('notices_user').on('notices').columns(['user_id', 'created_at']).execute();
}
