import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';

export interface UserWithRoles {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  status: 'active' | 'deactivated';
  roles: Role[];
  createdAt: string;
  clientId: string | null;
  shortName: string | null;
  twoFactorEnrolled: boolean;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function rolesOf(db: Kysely<Database>, userIds: string[]): Promise<Map<string, Role[]>> {
  const byUser = new Map<string, Role[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', userIds).orderBy('role').execute();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.role as Role]);
  return byUser;
}

function toUser(row: Database['users'], roles: Role[]): UserWithRoles {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    status: row.status,
    roles,
    createdAt: row.created_at,
    clientId: row.client_id,
    shortName: row.short_name,
    twoFactorEnrolled: row.totp_secret !== null,
  };
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserWithRoles | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  if (!row) return undefined;
  return toUser(row, (await rolesOf(db, [row.id])).get(row.id) ?? []);
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserWithRoles | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toUser(row, (await rolesOf(db, [row.id])).get(row.id) ?? []);
}

export async function listUsers(db: Kysely<Database>): Promise<UserWithRoles[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('display_name').execute();
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toUser(row, roles.get(row.id) ?? []));
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: Kysely<Database>,
  user: {
    id: string;
    email: string;
    displayName: string;
    passwordHash: string;
    roles: readonly Role[];
    at: string;
    clientId?: string | null;
    shortName?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: normalizeEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      status: 'active',
      created_at: user.at,
      updated_at: user.at,
      client_id: user.clientId ?? null,
      short_name: user.shortName ?? null,
    })
    .execute();
  await db
    .insertInto('user_roles')
    .values(user.roles.map((role) => ({ user_id: user.id, role })))
    .execute();
}
