import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/column-types.js';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';

/**
 * The active admins, locked on PostgreSQL until the transaction ends: two admins taking each other's admin
 * role at once queue here, and the second sees the first's change, so the practice always keeps one.
 */
export async function lockActiveAdmins(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const query = db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('user_roles.role', '=', 'admin')
    .where('users.status', '=', 'active');
  // SQLite runs one write transaction at a time, so it needs (and has) no row locks.
  const rows = dialect === 'postgres' ? await query.modifyEnd(sql`for update of users`).execute() : await query.execute();
  return rows.map((r) => r.id);
}

export async function replaceRoles(db: Kysely<Database>, userId: string, roles: readonly Role[], at: string): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_roles')
    .values(roles.map((role) => ({ user_id: userId, role })))
    .execute();
  await db.updateTable('users').set({ updated_at: at }).where('id', '=', userId).execute();
}
