import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { flagAlertsTopic } from './flag-alerts-topic.js';
import { safetyFlagsPolicy } from './safety-flags.policy.js';
import { findFlag, markFlagAcknowledged, markFlagSeen, presentFlag } from './safety-flags.repository.js';

/**
 * A named clinician acknowledges a flag with a note. The flag is never deleted; it stays on the chart,
 * acknowledged. Acknowledging means they read it, so it also counts as seen by them.
 */
export async function acknowledgeSafetyFlag(deps: Deps, ctx: RequestContext, input: { id: string; note: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record: flag } = await authorizeClientRecord(tx, ctx, await findFlag(tx.db, input.id), safetyFlagsPolicy.acknowledge);
    if (flag.acknowledged_at) throw conflict('This flag has already been acknowledged.', 'already_acknowledged');
    const at = ctx.now.toISOString();
    await markFlagAcknowledged(tx.db, input.id, actor.userId, at, input.note);
    await markFlagSeen(tx.db, { flag_id: input.id, user_id: actor.userId, seen_at: at, how: 'acknowledged' });
    await appendAudit(tx, ctx, {
      action: 'safety_flag.acknowledge',
      recordType: 'safety_flag',
      recordId: input.id,
      detail: { clientId: flag.client_id },
    });
    tx.publish(flagAlertsTopic(actor.userId), { type: 'safety_flag.seen', data: { flagId: input.id } });
    return presentFlag((await findFlag(tx.db, input.id, actor.userId))!);
  });
}
