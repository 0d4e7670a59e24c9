import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { preparationPolicy } from './preparation.policy.js';
import { listNoteRows, loadCourse, presentNoteSummary } from './preparation.repository.js';
import { loadIntentions, loadSafetyPlan, loadTools, loadTouchPreferences } from './present-preparation.js';

/** The chart's preparation tab at a glance: course, intentions, toolkit, touch preferences, safety plan, notes. */
export async function readPreparation(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, preparationPolicy.read);
    const [course, intentions, tools, touch, plan, notes] = await Promise.all([
      loadCourse(tx.db, input.id),
      loadIntentions(tx.db, input.id),
      loadTools(tx.db, input.id),
      loadTouchPreferences(tx.db, input.id),
      loadSafetyPlan(tx.db, input.id),
      listNoteRows(tx.db, input.id),
    ]);
    await appendAudit(tx, ctx, { action: 'preparation.read', recordType: 'client', recordId: input.id });
    return {
      course,
      intentions,
      tools,
      touchPreferences: touch.current,
      safetyPlan: plan.current,
      notes: notes.map(presentNoteSummary),
    };
  });
}
