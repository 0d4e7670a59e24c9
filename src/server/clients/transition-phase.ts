import { v7 as uuidv7 } from 'uuid';
import {
  type ClientPhase,
  checkTransition,
  type GateResult,
  PHASE_LABELS,
  type PhaseChangeCause,
  type UnmetRequirement,
} from '../../domain/clients/phases.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Tx } from '../platform/deps.js';
import { conflict, invalidField, notFound } from '../platform/errors.js';
import { findClient, recordPhaseChange } from './clients.repository.js';

export interface PhaseTransition {
  clientId: string;
  to: ClientPhase;
  reason: string | null;
  cause: PhaseChangeCause;
  /** The readiness gate's verdict (issue 9); the domain holds a move into sessions to it when it is given. */
  gate?: GateResult | undefined;
}

function refusal(unmet: UnmetRequirement, name: string, to: ClientPhase) {
  switch (unmet.code) {
    case 'same_phase':
      return conflict(`${name} is already in ${PHASE_LABELS[to].toLowerCase()}.`);
    case 'reason_required':
      return invalidField('reason', 'Please give a reason; it stays on the chart.');
    case 'readiness_gate':
      return conflict(
        `${name} is not ready for ketamine sessions yet. The readiness checklist shows what is still open.`,
        'readiness_gate',
      );
    case 'not_first_phase':
      return conflict(`A new chart starts at ${PHASE_LABELS.consultation.toLowerCase()}.`, 'phase_change_not_allowed');
  }
}

/**
 * The one way a client moves along the path — opening a chart, signing a consultation, a clinician's move:
 * the domain says whether the move is allowed, the history keeps it, and one audit row records it.
 * The caller has already authorized the actor; this runs inside the caller's transaction.
 */
export async function transitionPhase(tx: Tx, ctx: RequestContext, input: PhaseTransition) {
  const client = await findClient(tx.db, input.clientId);
  if (!client) throw notFound();
  const from = input.cause === 'chart_opened' ? null : client.phase;
  const reason = input.reason?.trim() || null;
  const unmet = checkTransition(from, input.to, { reason, cause: input.cause, gate: input.gate });
  if (unmet[0]) throw refusal(unmet[0], client.preferred_name || client.legal_name, input.to);
  await recordPhaseChange(tx.db, {
    id: uuidv7(),
    clientId: client.id,
    from,
    to: input.to,
    reason,
    by: ctx.actor!.userId,
    at: ctx.now.toISOString(),
  });
  await appendAudit(tx, ctx, {
    action: 'client.phase_change',
    recordType: 'client',
    recordId: client.id,
    detail: { from, to: input.to, cause: input.cause, gateOverridden: Boolean(input.gate?.override && !input.gate.holds) },
  });
  return { from, to: input.to };
}
