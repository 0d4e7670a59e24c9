import { localDate } from '../../domain/time/local-date.js';
import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { medicalPolicy } from './medical.policy.js';
import { findClearance, presentClearance } from './medical.repository.js';

/** Only a prescriber withdraws a clearance, with a reason; the record stays, marked withdrawn. */
export async function withdrawClearance(deps: Deps, ctx: RequestContext, input: { id: string; reason: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record: clearance } = await authorizeClientRecord(tx, ctx, await findClearance(tx.db, input.id), medicalPolicy.record);
    if (clearance.withdrawn_at) throw conflict('This clearance has already been withdrawn.', 'already_withdrawn');
    await tx.db
      .updateTable('medical_clearances')
      .set({ withdrawn_at: ctx.now.toISOString(), withdrawn_by: actor.userId, withdrawal_reason: input.reason })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'medical.clearance_withdraw',
      recordType: 'medical_clearance',
      recordId: input.id,
      detail: { clientId: clearance.client_id },
    });
    const practice = await getPracticeSettings(tx.db);
    return presentClearance((await findClearance(tx.db, input.id))!, localDate(ctx.now, practice.timeZone));
  });
}
