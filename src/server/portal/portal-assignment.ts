import type { InstrumentId } from '../../domain/measures/types.js';
import { requireClientActor } from '../clients/client-access.js';
import { presentInstrument } from '../measures/list-instruments.js';
import { storeMeasureResponse } from '../measures/store-measure-response.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/practice.repository.js';

async function ownOpenAssignment(deps: Deps, ctx: RequestContext, id: string) {
  const actor = requireClientActor(ctx);
  const assignment = await deps.db.selectFrom('measure_assignments').selectAll().where('id', '=', id).executeTakeFirst();
  // Someone else's questionnaire answers exactly as one that does not exist.
  if (!assignment || assignment.client_id !== actor.clientId || assignment.status !== 'open')
    throw notFound('This questionnaire is not waiting for you any more. It may already have been sent.');
  return { actor, assignment };
}

export async function readPortalAssignment(deps: Deps, ctx: RequestContext, input: { id: string }) {
  const { assignment } = await ownOpenAssignment(deps, ctx, input.id);
  await inTransaction(deps, (tx) =>
    appendReadAudit(tx, ctx, { action: 'portal.assignment_read', recordType: 'measure_assignment', recordId: assignment.id }),
  );
  return { id: assignment.id, instrument: presentInstrument(assignment.instrument_id as InstrumentId) };
}

/** The client sends their answers. They see thanks — and the crisis resources whenever an answer raised a flag. */
export async function submitPortalResponse(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; answers: Record<string, number | string> },
) {
  const { actor, assignment } = await ownOpenAssignment(deps, ctx, input.id);
  return inTransaction(deps, async (tx) => {
    const stored = await storeMeasureResponse(tx, deps, ctx, {
      clientId: actor.clientId,
      instrumentId: assignment.instrument_id as InstrumentId,
      answers: input.answers,
      assignmentId: assignment.id,
      entryMode: 'client',
    });
    await appendAudit(tx, ctx, { action: 'portal.measure_submit', recordType: 'measure_response', recordId: stored.id });
    const practice = await getPracticeSettings(tx.db);
    return {
      received: true as const,
      showCrisisResources: stored.flagsRaised.length > 0,
      crisis: { crisisLine: '988', emergencyNumber: practice.emergencyNumber },
    };
  });
}
