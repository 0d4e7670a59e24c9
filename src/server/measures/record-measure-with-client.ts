import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeClient } from '../clients/index.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { flagKindsRaisedFor } from './measure-drafts.repository.js';
import { measuresPolicy } from './measures.policy.js';
import { presentResponse, responsesOf } from './measures.repository.js';
import { refusedResponse, storeMeasureResponse } from './store-measure-response.js';

/**
 * A clinician enters a measure with the client in the room: scored, locked and flagged like any other.
 * With the entry's id, the draft saved so far becomes the response; sent with questions unanswered, it is
 * kept as incomplete.
 */
export async function recordMeasureWithClient(
  deps: Deps,
  ctx: RequestContext,
  input: {
    id: string;
    instrumentId: InstrumentId;
    answers: Record<string, unknown>;
    assignmentId: string | null;
    entryId?: string | undefined;
  },
) {
  const result = await inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, measuresPolicy.recordWithClient);
    const stored = await storeMeasureResponse(tx, deps, ctx, {
      clientId: input.id,
      instrumentId: input.instrumentId,
      answers: input.answers,
      assignmentId: input.assignmentId,
      entryMode: 'clinician_with_client',
      entryId: input.entryId,
    });
    if (stored.outcome === 'refused') return stored;
    const row = (await responsesOf(tx.db, input.id)).find((r) => r.id === stored.id)!;
    const flagged = (await flagKindsRaisedFor(tx.db, stored.id)).length > 0;
    return { outcome: stored.outcome, response: presentResponse(row), flagsRaised: stored.flagsRaised, flagged };
  });
  if (result.outcome === 'refused') throw refusedResponse(result.issues);
  return { response: result.response, flagsRaised: result.flagsRaised, flagged: result.flagged };
}
