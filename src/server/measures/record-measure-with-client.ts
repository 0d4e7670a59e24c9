import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeClient } from '../clients/index.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { measuresPolicy } from './measures.policy.js';
import { presentResponse, responsesOf } from './measures.repository.js';
import { storeMeasureResponse } from './store-measure-response.js';

/** A clinician enters a measure with the client in the room: scored, locked and flagged like any other. */
export async function recordMeasureWithClient(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; instrumentId: InstrumentId; answers: Record<string, number | string>; assignmentId: string | null },
) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, measuresPolicy.recordWithClient);
    const stored = await storeMeasureResponse(tx, deps, ctx, {
      clientId: input.id,
      instrumentId: input.instrumentId,
      answers: input.answers,
      assignmentId: input.assignmentId,
      entryMode: 'clinician_with_client',
    });
    const row = (await responsesOf(tx.db, input.id)).find((r) => r.id === stored.id)!;
    return { response: presentResponse(row), flagsRaised: stored.flagsRaised };
  });
}
