import { type Kysely, sql } from 'kysely';
import type { ColumnTypes } from '../column-types.js';
import { sqlIn } from '../sql-helpers.js';

/**
 * Alerts that get through (decision 0029). `safety_flag_alerts`: for each flag, who on the care team was
 * alerted in the app when it was raised, and the mail that went with it (if any), so what the client is told
 * rests on what happened. `safety_flag_views`: who has opened each flag, so each person's badge stays until
 * they have seen it themselves.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('safety_flag_alerts')
    .addColumn('flag_id', t.id, (c) => c.notNull().references('safety_flags.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('alerted_at', t.timestamp, (c) => c.notNull())
    // The notice mailed to this person, when they are one Holdspace mails (therapist, prescriber).
    .addColumn('outbox_id', t.id, (c) => c.references('outbox.id'))
    .addPrimaryKeyConstraint('safety_flag_alerts_pk', ['flag_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('safety_flag_views')
    .addColumn('flag_id', t.id, (c) => c.notNull().references('safety_flags.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('seen_at', t.timestamp, (c) => c.notNull())
    // opened: on the chart; acknowledged: with a note (which means it was read); before_alerts: see below.
    .addColumn('how', t.text, (c) => c.notNull().check(sqlIn('how', ['opened', 'acknowledged', 'before_alerts'])))
    .addPrimaryKeyConstraint('safety_flag_views_pk', ['flag_id', 'user_id'])
    .execute();
  await db.schema.createIndex('safety_flag_views_user').on('safety_flag_views').columns(['user_id', 'flag_id']).execute();

  // A flag acknowledged before badges existed was dealt with then: it counts as seen by its care team of
  // today, marked as such, so the first badge after upgrading is not every old flag at once.
  await db
    .insertInto('safety_flag_views')
    .columns(['flag_id', 'user_id', 'seen_at', 'how'])
    .expression(
      db
        .selectFrom('safety_flags')
        .innerJoin('care_team_members', 'care_team_members.client_id', 'safety_flags.client_id')
        .select(['safety_flags.id', 'care_team_members.user_id', 'safety_flags.acknowledged_at', sql.lit('before_alerts').as('how')])
        .where('safety_flags.acknowledged_at', 'is not', null)
        .distinct(),
    )
    .execute();
}
