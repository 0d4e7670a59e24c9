import { v7 as uuidv7 } from 'uuid';
import { validateClinicianEnteredScore } from '../../domain/measures/index.js';
import { authorizeClientCare } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest } from '../platform/errors.js';
import { measuresPolicy } from './measures.policy.js';
import { insertClinicianScore } from './measures.repository.js';

/** A score for a licensed instrument whose items Holdspace does not ship (C-SSRS, CADSS, EBI, CEQ, MEQ-30, …). */
export async function recordClinicianScore(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; instrumentName: string; score: number; administeredOn: string; note: string },
) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClientCare(tx, ctx, input.id, measuresPolicy.recordClinicianScore);
    const checked = validateClinicianEnteredScore({ instrumentName: input.instrumentName, score: input.score, note: input.note });
    if (!checked.ok)
      throw badRequest(
        'Please check the score.',
        checked.issues.map((i) => ({ path: i.field, message: i.message })),
      );
    const id = uuidv7();
    const at = ctx.now.toISOString();
    // Nothing reads this insert's answer (the id is made here), so on PostgreSQL it rides with the
    // COMMIT and the audit row: it lands with them or not at all (decision 0036).
    await tx.withCommit(
      insertClinicianScore(tx.db, {
        id,
        client_id: input.id,
        instrument_name: checked.value.instrumentName,
        score: checked.value.score,
        note: checked.value.note,
        administered_on: input.administeredOn,
        recorded_by: actor.userId,
        recorded_at: at,
      }),
    );
    await appendAudit(tx, ctx, {
      action: 'measure.clinician_score',
      recordType: 'clinician_score',
      recordId: id,
      detail: { clientId: input.id },
    });
    return {
      id,
      instrumentName: checked.value.instrumentName,
      score: checked.value.score,
      note: checked.value.note,
      administeredOn: input.administeredOn,
      recordedByName: actor.displayName,
      recordedAt: at,
    };
  });
}
