import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

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

export function findOpenSession(db: Kysely<Database>, id: string) {
  return db.selectFrom('auth_sessions').selectAll().where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
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
