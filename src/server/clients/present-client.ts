import type { Kysely } from 'kysely';
import type { Client } from '../../contracts/clients.contracts.js';
import type { ClientsTable, Database } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';
import { chartAbilities } from '../access/index.js';
import { careTeamOf } from './care-team.repository.js';
import { detailsFromRow, phaseHistory, portalAccount } from './clients.repository.js';

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
