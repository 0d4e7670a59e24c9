import { v7 as uuidv7 } from 'uuid';
import type { AmendableSection } from '../../domain/consultations/consultation-record.js';
import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { consultationsPolicy } from './consultations.policy.js';
import { findConsultationRow, loadConsultation } from './consultations.repository.js';

/** Corrections to a signed record are added beside it, with author and time; the original is never changed. */
export async function amendConsultation(deps: Deps, ctx: RequestContext, input: { id: string; section: AmendableSection; text: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record: row } = await authorizeClientRecord(
      tx,
      ctx,
      await findConsultationRow(tx.db, input.id),
      consultationsPolicy.write,
    );
    if (row.status !== 'signed') throw conflict('A draft can still be edited directly; amendments are for signed records.', 'not_signed');
    const amendmentId = uuidv7();
    await tx.db
      .insertInto('consultation_amendments')
      .values({
        id: amendmentId,
        consultation_id: input.id,
        section: input.section,
        text: input.text,
        author_id: actor.userId,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'consultation.amend',
      recordType: 'consultation',
      recordId: input.id,
      detail: { amendmentId, section: input.section },
    });
    return (await loadConsultation(tx.db, input.id))!;
  });
}
