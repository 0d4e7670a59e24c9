import type { SafetyPlanBody } from '../../contracts/preparation.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeWriter } from './preparation-access.js';
import { loadSafetyPlan } from './present-preparation.js';
import { appendRevision, singletonRecordId } from './revisions.repository.js';

/** The safety plan, written with the client; a change is a new version. Crisis lines come from practice settings. */
export async function saveSafetyPlan(deps: Deps, ctx: RequestContext, input: SafetyPlanBody & { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const writer = await authorizeWriter(tx, ctx, input.clientId);
    const { clientId, ...body } = input;
    const recordId = await appendRevision(tx.db, {
      recordId: await singletonRecordId(tx.db, clientId, 'safety_plan'),
      clientId,
      kind: 'safety_plan',
      body,
      authorKind: writer.authorKind,
      writtenBy: writer.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, { action: 'preparation.safety_plan_save', recordType: 'safety_plan', recordId, detail: { clientId } });
    return loadSafetyPlan(tx.db, clientId);
  });
}
