import { v7 as uuidv7 } from 'uuid';
import type { CourseBody } from '../../contracts/preparation.contracts.js';
import { CURRENT_COURSE_STATUSES } from '../../domain/preparation/vocabulary.js';
import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { preparationPolicy } from './preparation.policy.js';
import { currentCourseRow, loadCourse } from './preparation.repository.js';

/** Opens the client's treatment course, or changes its planned number of sessions and status. */
export async function saveCourse(deps: Deps, ctx: RequestContext, input: CourseBody & { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, preparationPolicy.write);
    const at = ctx.now.toISOString();
    const existing = await currentCourseRow(tx.db, input.clientId);
    let id = existing?.id;
    if (existing && CURRENT_COURSE_STATUSES.includes(existing.status)) {
      await tx.db
        .updateTable('treatment_courses')
        .set({ status: input.status, planned_session_count: input.plannedSessionCount, updated_at: at, updated_by: actor.userId })
        .where('id', '=', existing.id)
        .execute();
    } else {
      id = uuidv7();
      await tx.db
        .insertInto('treatment_courses')
        .values({
          id,
          client_id: input.clientId,
          status: input.status,
          planned_session_count: input.plannedSessionCount,
          preparation_completed_at: null,
          preparation_completed_by: null,
          opened_at: at,
          opened_by: actor.userId,
          updated_at: at,
          updated_by: actor.userId,
        })
        .execute();
    }
    await appendAudit(tx, ctx, {
      action: existing?.id === id ? 'preparation.course_update' : 'preparation.course_open',
      recordType: 'treatment_course',
      recordId: id!,
      detail: { clientId: input.clientId, status: input.status, plannedSessionCount: input.plannedSessionCount },
    });
    return (await loadCourse(tx.db, input.clientId))!;
  });
}
