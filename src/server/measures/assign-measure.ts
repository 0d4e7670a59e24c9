import { v7 as uuidv7 } from 'uuid';
import type { MeasureContext } from '../../contracts/measures.contracts.js';
import { instruments } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, invalidField } from '../platform/errors.js';
import { measuresPolicy } from './measures.policy.js';

/** The client finds an assigned measure in their portal; one open assignment per instrument at a time. */
export async function assignMeasure(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; instrumentId: InstrumentId; context: MeasureContext },
) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.id, measuresPolicy.assign);
    if (instruments[input.instrumentId].administration !== 'self-report') {
      throw invalidField('instrumentId', `The ${input.instrumentId} is asked by a clinician; enter it with the client in session instead.`);
    }
    const open = await tx.db
      .selectFrom('measure_assignments')
      .select('id')
      .where('client_id', '=', input.id)
      .where('instrument_id', '=', input.instrumentId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (open) throw conflict(`${instruments[input.instrumentId].title} is already waiting in the client’s portal.`, 'already_assigned');
    const id = uuidv7();
    const at = ctx.now.toISOString();
    await tx.db
      .insertInto('measure_assignments')
      .values({
        id,
        client_id: input.id,
        instrument_id: input.instrumentId,
        context: input.context,
        assigned_by: actor.userId,
        assigned_at: at,
        status: 'open',
        closed_at: null,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'measure.assign',
      recordType: 'measure_assignment',
      recordId: id,
      detail: { clientId: input.id, instrumentId: input.instrumentId },
    });
    return {
      id,
      instrumentId: input.instrumentId,
      title: instruments[input.instrumentId].title,
      context: input.context,
      assignedAt: at,
      assignedByName: actor.displayName,
      status: 'open' as const,
    };
  });
}
