import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { flagAlertsTopic } from './flag-alerts-topic.js';
import { safetyFlagsPolicy } from './safety-flags.policy.js';
import { countUnseenFlags, findFlag, markFlagSeen } from './safety-flags.repository.js';

/**
 * The chart showed this person the flag: their badge for it goes, and only theirs. The first opening is
 * written and audited; opening it again changes nothing. Anyone who may read the chart's flags may mark
 * them seen — by coverage too, though the badge counts only the care team's own.
 */
export async function markSafetyFlagSeen(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record: flag } = await authorizeClientRecord(
      tx,
      ctx,
      await findFlag(tx.db, input.id, ctx.actor?.userId ?? null),
      safetyFlagsPolicy.readForClient,
    );
    let seenAt = flag.seen_by_me_at;
    if (!seenAt) {
      seenAt = ctx.now.toISOString();
      if (await markFlagSeen(tx.db, { flag_id: flag.id, user_id: actor.userId, seen_at: seenAt, how: 'opened' })) {
        await appendAudit(tx, ctx, {
          action: 'safety_flag.seen',
          recordType: 'safety_flag',
          recordId: flag.id,
          detail: { clientId: flag.client_id },
        });
        tx.publish(flagAlertsTopic(actor.userId), { type: 'safety_flag.seen', data: { flagId: flag.id } });
      }
    }
    const { unseen } = await countUnseenFlags(tx.db, actor.userId);
    return { id: flag.id, seenAt, unseen };
  });
}
