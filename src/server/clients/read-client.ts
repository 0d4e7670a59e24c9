import { appendAudit } from '../platform/audit/append-audit.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { AppError } from '../platform/errors.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';
import { presentClient } from './present-client.js';

export async function readClient(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return readAllowedClient(deps, ctx, input).catch(async (error: unknown) => {
    // A signed-in person refused a chart leaves a trace (the 404 itself says nothing); signed-out requests do not.
    if (error instanceof AppError && error.status === 404 && ctx.actor) {
      await inTransaction(deps, (tx) => appendAudit(tx, ctx, { action: 'client.read_refused', recordType: 'client', recordId: input.id }));
    }
    throw error;
  });
}

async function readAllowedClient(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, client, careRoles } = await authorizeClient(tx, ctx, input.id, clientsPolicy.readChart);
    // An admin outside the care team reading a chart is recorded as such, so it stands out in the trail.
    await appendReadAudit(tx, ctx, {
      action: 'client.read',
      recordType: 'client',
      recordId: client.id,
      detail: { onCareTeam: careRoles.length > 0 },
    });
    return presentClient(tx.db, client, actor);
  });
}
