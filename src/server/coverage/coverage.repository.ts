import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DEFAULT_COVERAGE_HOURS } from '../../domain/access/coverage.js';

/** The one grant, if any, that lets this person into this chart right now: ends_at is checked here, every request. */
export async function findActiveGrant(db: Kysely<Database>, userId: string, clientId: string, now: Date) {
  return db
    .selectFrom('coverage_grants')
    .select(['id', 'ends_at'])
    .where('user_id', '=', userId)
    .where('client_id', '=', clientId)
    .where('ended_at', 'is', null)
    .where('ends_at', '>', now.toISOString())
    .orderBy('ends_at', 'desc')
    .executeTakeFirst();
}

export async function coverageHours(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('practice_settings').select('coverage_hours').where('id', '=', 'practice').executeTakeFirst();
  return row ? Number(row.coverage_hours) : DEFAULT_COVERAGE_HOURS;
}

export async function saveCoverageHours(db: Kysely<Database>, hours: number, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('practice_settings')
    .set({ coverage_hours: hours, updated_by: by, updated_at: at })
    .where('id', '=', 'practice')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertGrant(
  db: Kysely<Database>,
  grant: { id: string; userId: string; clientId: string; reason: string; startedAt: string; endsAt: string },
) {
  await db
    .insertInto('coverage_grants')
    .values({
      id: grant.id,
      user_id: grant.userId,
      client_id: grant.clientId,
      reason: grant.reason,
      started_at: grant.startedAt,
      ends_at: grant.endsAt,
      ended_at: null,
    })
    .execute();
}

/** Grants whose window has passed but whose row still says open: the job closes them. */
export async function expiredOpenGrants(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom('coverage_grants')
    .select(['id', 'client_id', 'user_id', 'ends_at'])
    .where('ended_at', 'is', null)
    .where('ends_at', '<=', now.toISOString())
    .execute();
}

export async function closeGrant(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('coverage_grants').set({ ended_at: at }).where('id', '=', id).where('ended_at', 'is', null).execute();
}

export async function grantsOf(db: Kysely<Database>, userId: string, now: Date) {
  return db
    .selectFrom('coverage_grants')
    .select(['id', 'client_id', 'started_at', 'ends_at'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('ends_at', '>', now.toISOString())
    .orderBy('started_at', 'desc')
    .execute();
}

export async function insertNotices(
  db: Kysely<Database>,
  rows: { id: string; userId: string; kind: string; clientId: string; grantId: string; at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notices')
    .values(
      rows.map((r) => ({
        id: r.id,
        user_id: r.userId,
        kind: r.kind,
        client_id: r.clientId,
        coverage_grant_id: r.grantId,
        created_at: r.at,
        seen_at: null,
      })),
    )
    .execute();
}

/** A person's notices, newest first, with what the dashboard needs to say them in words. */
export async function noticesOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('notices')
    .leftJoin('coverage_grants', 'coverage_grants.id', 'notices.coverage_grant_id')
    .leftJoin('users as opener', 'opener.id', 'coverage_grants.user_id')
    .leftJoin('clients', 'clients.id', 'notices.client_id')
    .select([
      'notices.id',
      'notices.kind',
      'notices.client_id',
      'notices.created_at',
      'notices.seen_at',
      'coverage_grants.reason',
      'coverage_grants.ends_at',
      'opener.display_name as opener_name',
      'clients.preferred_name',
      'clients.legal_name',
    ])
    .where('notices.user_id', '=', userId)
    .orderBy('notices.created_at', 'desc')
    .limit(100)
    .execute();
}

export async function markNoticeSeen(db: Kysely<Database>, id: string, userId: string, at: string): Promise<boolean> {
  const found = await db
    .selectFrom('notices')
    .select(['id', 'seen_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!found) return false;
  if (found.seen_at === null) await db.updateTable('notices').set({ seen_at: at }).where('id', '=', id).execute();
  return true;
}

/**
 * Open safety flags in the practice on charts this person is not on the care team of: the dashboard offers
 * to open them by coverage. Only what is needed to choose: which client, how urgent, since when.
 */
export async function openFlagsOffTeam(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('safety_flags')
    .innerJoin('clients', 'clients.id', 'safety_flags.client_id')
    .select([
      'safety_flags.id',
      'safety_flags.client_id',
      'safety_flags.urgency',
      'safety_flags.raised_at',
      'clients.preferred_name',
      'clients.legal_name',
    ])
    .where('safety_flags.acknowledged_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('care_team_members')
            .select('care_team_members.client_id')
            .whereRef('care_team_members.client_id', '=', 'safety_flags.client_id')
            .where('care_team_members.user_id', '=', userId),
        ),
      ),
    )
    .orderBy('safety_flags.raised_at', 'desc')
    .limit(100)
    .execute();
}
