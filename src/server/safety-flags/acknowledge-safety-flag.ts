import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { safetyFlagsPolicy } from './safety-flags.policy.js';
import { findFlag, presentFlag } from './safety-flags.repository.js';

/** A named clinician acknowledges a flag with a note. The flag is never deleted; it stays on the chart, acknowledged. */
export async function acknowledgeSafetyFlag(deps: Deps, ctx: RequestContext, input: { id: string; note: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record: flag } = await authorizeClientRecord(tx, ctx, await findFlag(tx.db, input.id), safetyFlagsPolicy.acknowledge);
    if (flag.acknowledged_at) throw conflict('This flag has already been acknowledged.', 'already_acknowledged');
    await tx.db
      .updateTable('safety_flags')
      .set({ acknowledged_at: ctx.now.toISOString(), acknowledged_by: actor.userId, acknowledgement_note: input.note })
      .where('id', '=', input.id)
      .where('acknowledged_at', 'is', null)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'safety_flag.acknowledge',
      recordType: 'safety_flag',
      recordId: input.id,
      detail: { clientId: flag.client_id },
    });
    return presentFlag((await findFlag(tx.db, input.id))!);
  });
}
