import { appendAudit } from '../platform/audit/append-audit.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { closeGrant, grantsOf } from './coverage.repository.js';

/** The clinician is done before the window ends: the chart closes to them now. */
export async function endCoverage(deps: Deps, ctx: RequestContext, input: { id: string }) {
  const actor = requireSignedIn(ctx);
  return inTransaction(deps, async (tx) => {
    const grant = (await grantsOf(tx.db, actor.userId, ctx.now)).find((g) => g.id === input.id);
    if (!grant) throw notFound();
    await closeGrant(tx.db, grant.id, ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: 'coverage.end', recordType: 'client', recordId: grant.client_id, detail: { coverage: grant.id } });
    return { ended: true };
  });
}
