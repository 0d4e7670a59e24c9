import { authorizeClient } from '../clients/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { safetyFlagsPolicy } from './safety-flags.policy.js';
import { listFlags, presentFlag } from './safety-flags.repository.js';

/**
 * For the dashboard: flags of clients on my care team. With a client id: that chart's flags, for anyone who
 * may read it. Each says whether I have opened it yet.
 */
export async function listSafetyFlags(
  deps: Deps,
  ctx: RequestContext,
  query: { state: 'open' | 'attention' | 'all'; clientId?: string | undefined },
) {
  const actor = authorize(ctx, safetyFlagsPolicy.listMine);
  return inTransaction(deps, async (tx) => {
    if (query.clientId) await authorizeClient(tx, ctx, query.clientId, safetyFlagsPolicy.readForClient);
    const rows = await listFlags(tx.db, {
      state: query.state,
      viewer: actor.userId,
      clientId: query.clientId,
      careTeamOf: query.clientId ? undefined : actor.userId,
    });
    const flags = rows.map(presentFlag);
    await appendReadAudit(tx, ctx, { action: 'safety_flag.list', recordType: 'safety_flag', detail: { ids: flags.map((f) => f.id) } });
    return { flags };
  });
}
