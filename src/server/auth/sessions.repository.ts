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
