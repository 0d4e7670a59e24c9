import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';

export async function insertSession(
  db: Kysely<Database>,
  session: { id: string; userId: string; kind: 'staff' | 'client'; at: string },
): Promise<void> {
  await db
    .insertInto('auth_sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      kind: session.kind,
      created_at: session.at,
      last_seen_at: session.at,
      ended_at: null,
    })
    .execute();
}

export interface OpenSession {
  kind: 'staff' | 'client';
  createdAt: string;
  lastSeenAt: string;
  /** Absent only if the account row is gone; the session is then ended like any other stale one. */
  user: {
    id: string;
    email: string;
    displayName: string;
    shortName: string | null;
    status: 'active' | 'deactivated';
    clientId: string | null;
    roles: Role[];
  } | null;
  /** The practice's setting, or null when the practice has not saved its settings yet. */
  clientIdleMinutes: number | null;
}

/**
 * The open session with its person, their roles and the practice's client idle limit, in one statement:
 * this runs before every API request, so it is one round trip, not four (one row per role comes back).
 */
export async function findOpenSession(db: Kysely<Database>, id: string): Promise<OpenSession | undefined> {
  const rows = await db
    .selectFrom('auth_sessions')
    .leftJoin('users', 'users.id', 'auth_sessions.user_id')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select((eb) => [
      'auth_sessions.kind',
      'auth_sessions.created_at',
      'auth_sessions.last_seen_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.short_name',
      'users.status',
      'users.client_id',
      'user_roles.role',
      eb.selectFrom('practice_settings').select('client_idle_minutes').limit(1).as('client_idle_minutes'),
    ])
    .where('auth_sessions.id', '=', id)
    .where('auth_sessions.ended_at', 'is', null)
    .orderBy('user_roles.role')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const user =
    first.user_id === null
      ? null
      : {
          id: first.user_id,
          email: first.email!,
          displayName: first.display_name!,
          shortName: first.short_name ?? null,
          status: first.status!,
          clientId: first.client_id,
          roles: rows.flatMap((r) => (r.role === null ? [] : [r.role as Role])),
        };
  return {
    kind: first.kind,
    createdAt: first.created_at,
    lastSeenAt: first.last_seen_at,
    user,
    clientIdleMinutes: first.client_idle_minutes === null ? null : Number(first.client_idle_minutes),
  };
}

export async function endSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('auth_sessions').set({ ended_at: at }).where('id', '=', id).where('ended_at', 'is', null).execute();
}

export async function endSessionsOfUser(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db.updateTable('auth_sessions').set({ ended_at: at }).where('user_id', '=', userId).where('ended_at', 'is', null).execute();
}

export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('auth_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

type SessionCutoffs = { kind: 'staff' | 'client'; idleBefore: string; startedBefore: string };

/** Open sessions of one kind past their idle or absolute limit. */
function openSessionsPast(db: Kysely<Database>, limits: SessionCutoffs) {
  return db
    .selectFrom('auth_sessions')
    .where('kind', '=', limits.kind)
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb('last_seen_at', '<=', limits.idleBefore), eb('created_at', '<=', limits.startedBefore)]));
}

export async function countSessionsPast(db: Kysely<Database>, limits: SessionCutoffs): Promise<number> {
  const row = await openSessionsPast(db, limits)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Ends every open session of one kind that has gone idle (last seen before `idleBefore`) or grown too
 * old (started before `startedBefore`); answers how many.
 */
export async function endSessionsPast(db: Kysely<Database>, limits: SessionCutoffs, at: string): Promise<number> {
  const ended = await db
    .updateTable('auth_sessions')
    .set({ ended_at: at })
    .where('kind', '=', limits.kind)
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb('last_seen_at', '<=', limits.idleBefore), eb('created_at', '<=', limits.startedBefore)]))
    .executeTakeFirst();
  return Number(ended.numUpdatedRows);
}

/** After a password change: the device that changed it stays signed in, every other one is signed out. */
export async function endOtherSessionsOfUser(db: Kysely<Database>, userId: string, keepId: string, at: string): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set({ ended_at: at })
    .where('user_id', '=', userId)
    .where('id', '!=', keepId)
    .where('ended_at', 'is', null)
    .execute();
}
