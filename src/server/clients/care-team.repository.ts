import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CareRole } from '../../domain/clients/care-team.js';

export interface CareTeamMember {
  userId: string;
  displayName: string;
  role: CareRole;
}

export async function careTeamOf(db: Kysely<Database>, clientIds: string[]): Promise<Map<string, CareTeamMember[]>> {
  const byClient = new Map<string, CareTeamMember[]>();
  if (clientIds.length === 0) return byClient;
  const rows = await db
    .selectFrom('care_team_members')
    .innerJoin('users', 'users.id', 'care_team_members.user_id')
    .select(['care_team_members.client_id', 'care_team_members.user_id', 'care_team_members.role', 'users.display_name'])
    .where('care_team_members.client_id', 'in', clientIds)
    .orderBy('care_team_members.role', 'desc')
    .orderBy('users.display_name')
    .execute();
  for (const row of rows) {
    const list = byClient.get(row.client_id) ?? [];
    list.push({ userId: row.user_id, displayName: row.display_name, role: row.role });
    byClient.set(row.client_id, list);
  }
  return byClient;
}

/** The roles this user holds on this client's team (none when they are not on it). */
export async function careRolesOf(db: Kysely<Database>, clientId: string, userId: string): Promise<CareRole[]> {
  const rows = await db
    .selectFrom('care_team_members')
    .select('role')
    .where('client_id', '=', clientId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.role);
}

export async function replaceCareTeam(
  db: Kysely<Database>,
  clientId: string,
  members: { userId: string; role: CareRole }[],
  by: string,
  at: string,
): Promise<void> {
  await db.deleteFrom('care_team_members').where('client_id', '=', clientId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('care_team_members')
    .values(members.map((m) => ({ client_id: clientId, user_id: m.userId, role: m.role, assigned_at: at, assigned_by: by })))
    .execute();
}
