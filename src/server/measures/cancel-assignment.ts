import type { MeasureContext } from '../../contracts/measures.contracts.js';
import { instruments } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { measuresPolicy } from './measures.policy.js';

/** Takes a questionnaire back out of the client's portal (it stays listed as withdrawn). */
export async function cancelAssignment(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const found = await tx.db
      .selectFrom('measure_assignments')
      .innerJoin('users', 'users.id', 'measure_assignments.assigned_by')
      .selectAll('measure_assignments')
      .select('users.display_name as assigned_by_name')
      .where('measure_assignments.id', '=', input.id)
      .executeTakeFirst();
    const { record: assignment } = await authorizeClientRecord(tx, ctx, found, measuresPolicy.assign);
    if (assignment.status !== 'open') throw conflict('This questionnaire is no longer open.', 'assignment_closed');
    await tx.db
      .updateTable('measure_assignments')
      .set({ status: 'cancelled', closed_at: ctx.now.toISOString() })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'measure.assignment_cancel',
      recordType: 'measure_assignment',
      recordId: input.id,
      detail: { clientId: assignment.client_id },
    });
    return {
      id: assignment.id,
      instrumentId: assignment.instrument_id as InstrumentId,
      title: instruments[assignment.instrument_id as InstrumentId].title,
      context: assignment.context as MeasureContext,
      assignedAt: assignment.assigned_at,
      assignedByName: assignment.assigned_by_name,
      status: 'cancelled' as const,
    };
  });
}
