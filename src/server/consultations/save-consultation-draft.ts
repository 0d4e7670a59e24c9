import { v7 as uuidv7 } from 'uuid';
import type { ConsultationDraftBody } from '../../contracts/consultations.contracts.js';
import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { consultationsPolicy } from './consultations.policy.js';
import { draftColumns, findConsultationRow, loadConsultation } from './consultations.repository.js';

/** A draft can be saved as often as needed, half-done; it is only locked when signed. */
export async function startConsultation(deps: Deps, ctx: RequestContext, input: ConsultationDraftBody & { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, consultationsPolicy.write);
    const id = uuidv7();
    const at = ctx.now.toISOString();
    await tx.db
      .insertInto('consultations')
      .values({
        id,
        client_id: input.clientId,
        author_id: actor.userId,
        ...draftColumns(input),
        status: 'draft',
        signed_at: null,
        signed_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'consultation.create',
      recordType: 'consultation',
      recordId: id,
      detail: { clientId: input.clientId },
    });
    return (await loadConsultation(tx.db, id))!;
  });
}

export async function saveConsultationDraft(deps: Deps, ctx: RequestContext, input: ConsultationDraftBody & { id: string }) {
  return inTransaction(deps, async (tx) => {
    const row = await findConsultationRow(tx.db, input.id);
    await authorizeClientRecord(tx, ctx, row, consultationsPolicy.write);
    if (row?.status === 'signed')
      throw conflict('This record is signed and locked. Add an amendment instead; the original stays as it was.', 'record_locked');
    await tx.db
      .updateTable('consultations')
      .set({ ...draftColumns(input), updated_at: ctx.now.toISOString() })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(tx, ctx, { action: 'consultation.update', recordType: 'consultation', recordId: input.id });
    return (await loadConsultation(tx.db, input.id))!;
  });
}
