import type { ClientPhase } from '../../domain/clients/phases.js';
import { localDate } from '../../domain/time/local-date.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { clientGate, gateRefusal } from '../readiness/index.js';
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
    // The one way into ketamine sessions goes through the readiness gate (docs/decisions/0020). Readiness
    // checks belong to a planned session, so here the gate is asked about the standing requirements only.
    if (input.phase === 'sessions' && client.phase !== 'sessions') {
      const gate = await clientGate(tx.db, client.id, localDate(ctx.now, (await getPracticeSettings(tx.db)).timeZone), null);
      if (!gate.holds) throw gateRefusal(`${client.preferred_name || client.legal_name} is not ready for ketamine sessions yet.`, gate);
    }
    await transitionPhase(tx, ctx, { clientId: client.id, to: input.phase, reason: input.reason ?? null, cause: 'manual' });
    return presentClient(tx.db, (await findClient(tx.db, client.id))!, actor);
  });
}
