import type { ClientListQuery, ClientSummary } from '../../contracts/clients.contracts.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { careTeamOf } from './care-team.repository.js';
import { clientsPolicy } from './clients.policy.js';
import { listVisibleClients } from './clients.repository.js';

/** Flagged clients first (urgent before high), then by name. */
export async function listClients(deps: Deps, ctx: RequestContext, query: ClientListQuery) {
  const actor = authorize(ctx, clientsPolicy.list);
  return inTransaction(deps, async (tx) => {
    const rows = await listVisibleClients(tx.db, { userId: actor.userId, isAdmin: actor.roles.includes('admin') }, query);
    const teams = await careTeamOf(
      tx.db,
      rows.map((r) => r.id),
    );
    const clients: ClientSummary[] = rows.map((row) => ({
      id: row.id,
      legalName: row.legal_name,
      preferredName: row.preferred_name,
      pronouns: row.pronouns,
      phase: row.phase,
      careTeam: teams.get(row.id) ?? [],
      flags: { open: Number(row.open_flags ?? 0), urgent: Number(row.urgent_flags ?? 0) },
      lastMeasureAt: (row.last_measure_at as string | null) ?? null,
      updatedAt: row.updated_at,
    }));
    clients.sort((a, b) => b.flags.urgent - a.flags.urgent || b.flags.open - a.flags.open || a.legalName.localeCompare(b.legalName));
    await appendReadAudit(tx, ctx, { action: 'client.list', recordType: 'client', detail: { ids: clients.map((c) => c.id) } });
    return { clients };
  });
}
