import { v7 as uuidv7 } from 'uuid';
import { type ClientPhase, checkPhaseChange, PHASE_LABELS } from '../../domain/clients/phases.js';
import { localDate } from '../../domain/time/local-date.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, invalidField } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/practice.repository.js';
import { clientGate, gateRefusal } from '../readiness/client-gate.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';
import { findClient, recordPhaseChange } from './clients.repository.js';
import { presentClient } from './present-client.js';

export async function changeClientPhase(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; phase: ClientPhase; reason?: string | undefined },
) {
  return inTransaction(deps, async (tx) => {
    const { actor, client } = await authorizeClient(tx, ctx, input.id, clientsPolicy.changePhase);
    const reason = input.reason?.trim() || null;
    const problem = checkPhaseChange(client.phase, input.phase, reason);
    if (problem === 'same_phase')
      throw conflict(`${client.preferred_name || client.legal_name} is already in ${PHASE_LABELS[input.phase].toLowerCase()}.`);
    if (problem === 'reason_required') throw invalidField('reason', 'Please give a reason; it stays on the chart.');
    // The one way into ketamine sessions goes through the readiness gate (docs/decisions/0020). Readiness
    // checks belong to a planned session, so here the gate is asked about the standing requirements only.
    if (input.phase === 'sessions') {
      const gate = await clientGate(tx.db, client.id, localDate(ctx.now, (await getPracticeSettings(tx.db)).timeZone), null);
      if (!gate.holds) throw gateRefusal(`${client.preferred_name || client.legal_name} is not ready for ketamine sessions yet.`, gate);
    }
    await recordPhaseChange(tx.db, {
      id: uuidv7(),
      clientId: client.id,
      from: client.phase,
      to: input.phase,
      reason,
      by: actor.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'client.phase_change',
      recordType: 'client',
      recordId: client.id,
      detail: { from: client.phase, to: input.phase },
    });
    return presentClient(tx.db, (await findClient(tx.db, client.id))!);
  });
}
