import {
  CONSULTATION_DECISIONS,
  type ConsultationDecision,
  missingForSignature,
  phaseAfterDecision,
} from '../../domain/consultations/consultation-record.js';
import { authorizeClientRecord, transitionPhase } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest, conflict } from '../platform/errors.js';
import { consultationsPolicy } from './consultations.policy.js';
import { findConsultationRow, loadConsultation } from './consultations.repository.js';

/** Signing locks the record for good and moves the client along the path the decision names. */
export async function signConsultation(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const row = await findConsultationRow(tx.db, input.id);
    const { actor, client } = await authorizeClientRecord(tx, ctx, row, consultationsPolicy.write);
    const record = (await loadConsultation(tx.db, input.id))!;
    if (record.status === 'signed') throw conflict('This record is already signed.', 'record_locked');
    const missing = missingForSignature({ ...record, heldOn: record.heldOn ?? '' });
    if (missing.length > 0)
      throw badRequest(
        'The record is not ready to sign yet.',
        missing.map((m) => ({ path: m.field, message: m.message })),
      );
    const at = ctx.now.toISOString();
    await tx.db
      .updateTable('consultations')
      .set({ status: 'signed', signed_at: at, signed_by: actor.userId, updated_at: at })
      .where('id', '=', input.id)
      .execute();
    const decision = record.decision as ConsultationDecision;
    const next = phaseAfterDecision(decision);
    if (next !== client.phase) {
      await transitionPhase(tx, ctx, {
        clientId: client.id,
        to: next,
        reason: `Consultation decision: ${CONSULTATION_DECISIONS.find((d) => d.code === decision)?.label ?? decision}`,
        cause: 'consultation_signed',
      });
    }
    await appendAudit(tx, ctx, {
      action: 'consultation.sign',
      recordType: 'consultation',
      recordId: input.id,
      detail: { clientId: client.id, decision, phase: next },
    });
    return (await loadConsultation(tx.db, input.id))!;
  });
}
