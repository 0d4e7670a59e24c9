import type { ClientPhase } from '../../domain/clients/phases.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';
import { findClient } from './clients.repository.js';
import { presentClient } from './present-client.js';
import { transitionPhase } from './transition-phase.js';

export async function changeClientPhase(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; phase: ClientPhase; reason?: string | undefined },
) {
  return inTransaction(deps, async (tx) => {
    const { actor, client } = await authorizeClient(tx, ctx, input.id, clientsPolicy.changePhase);
    await transitionPhase(tx, ctx, { clientId: client.id, to: input.phase, reason: input.reason ?? null, cause: 'manual' });
    return presentClient(tx.db, (await findClient(tx.db, client.id))!, actor);
  });
}
