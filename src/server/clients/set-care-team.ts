import type { SetCareTeamBody } from '../../contracts/clients.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { replaceCareTeam } from './care-team.repository.js';
import { checkCareTeam } from './check-care-team.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';
import { findClient } from './clients.repository.js';
import { presentClient } from './present-client.js';

export async function setCareTeam(deps: Deps, ctx: RequestContext, input: SetCareTeamBody & { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.id, clientsPolicy.setCareTeam);
    const team = await checkCareTeam(tx, input);
    await replaceCareTeam(tx.db, input.id, team, actor.userId, ctx.now.toISOString());
    await appendAudit(tx, ctx, {
      action: 'client.care_team_set',
      recordType: 'client',
      recordId: input.id,
      detail: { members: team.map((m) => `${m.role}:${m.userId}`) },
    });
    return presentClient(tx.db, (await findClient(tx.db, input.id))!, actor);
  });
}
