import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { safetyFlagsPolicy } from './safety-flags.policy.js';
import { countUnseenFlags } from './safety-flags.repository.js';

/** The badge: two numbers, no client and no flag named, so reading it is not audited (like the new-request count). */
export async function countMyUnseenFlags(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, safetyFlagsPolicy.listMine);
  return inTransaction(deps, async (tx) => countUnseenFlags(tx.db, actor.userId));
}
