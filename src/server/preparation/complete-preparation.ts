import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { preparationPolicy } from './preparation.policy.js';
import { currentCourseRow, loadCourse } from './preparation.repository.js';

/** The therapist's judgment that preparation is done; one of the gate's requirements. */
export async function completePreparation(deps: Deps, ctx: RequestContext, input: { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, preparationPolicy.write);
    const course = await currentCourseRow(tx.db, input.clientId);
    if (!course) throw conflict('Please open the treatment course first (the planned number of sessions).', 'no_course');
    if (course.preparation_completed_at) throw conflict('Preparation is already marked complete.', 'already_complete');
    const at = ctx.now.toISOString();
    await tx.db
      .updateTable('treatment_courses')
      .set({ preparation_completed_at: at, preparation_completed_by: actor.userId, updated_at: at, updated_by: actor.userId })
      .where('id', '=', course.id)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'preparation.complete',
      recordType: 'treatment_course',
      recordId: course.id,
      detail: { clientId: input.clientId },
    });
    return (await loadCourse(tx.db, input.clientId))!;
  });
}
