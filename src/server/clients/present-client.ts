import type { Kysely } from 'kysely';
import type { Client } from '../../contracts/clients.contracts.js';
import type { ClientsTable, Database } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';
import { chartAbilities } from '../access/index.js';
import { careTeamOf } from './care-team.repository.js';
import { detailsFromRow, phaseHistory } from './clients.repository.js';

async function portalAccount(db: Kysely<Database>, clientId: string): Promise<Client['portal']> {
  const user = await db.selectFrom('users').select(['email', 'status']).where('client_id', '=', clientId).executeTakeFirst();
  if (user) return { state: user.status === 'active' ? 'active' : 'deactivated', email: user.email, invitedAt: null };
  const invitation = await db
    .selectFrom('invitations')
    .select(['email', 'created_at', 'expires_at'])
    .where('client_id', '=', clientId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (invitation) return { state: 'invited', email: invitation.email, invitedAt: invitation.created_at };
  return { state: 'none', email: null, invitedAt: null };
}

/**
 * The client as the chart shows them: details, care team, where they are on the path and how they got there,
 * and what the person looking may do here (from their roles on this care team).
 */
export async function presentClient(
  db: Kysely<Database>,
  row: ClientsTable,
  viewer: { userId: string; roles: readonly Role[] },
): Promise<Client> {
  const [teams, history, portal] = await Promise.all([careTeamOf(db, [row.id]), phaseHistory(db, row.id), portalAccount(db, row.id)]);
  const careTeam = teams.get(row.id) ?? [];
  const viewerCareRoles = careTeam.filter((member) => member.userId === viewer.userId).map((member) => member.role);
  return {
    id: row.id,
    ...detailsFromRow(row),
    phase: row.phase,
    enquiryId: row.enquiry_id,
    careTeam,
    phaseHistory: history.map((h) => ({
      from: h.from_phase,
      to: h.to_phase,
      reason: h.reason,
      changedByName: h.changed_by_name,
      changedAt: h.changed_at,
    })),
    portal,
    abilities: chartAbilities(viewer.roles, viewerCareRoles),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
