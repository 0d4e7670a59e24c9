import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeClient } from '../clients/index.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { measuresPolicy } from './measures.policy.js';
import { refuseWrongAnswers, saveDraftAnswers } from './save-draft-answers.js';

/**
 * A clinician's in-session entry, saved as each answer is recorded. The web app chooses the entry's id when
 * the form opens, so the same PUT may be repeated safely; the response keeps that id once sent.
 */
export async function saveEntryDraft(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; entryId: string; instrumentId: InstrumentId; answers: Record<string, unknown> },
) {
  const saved = await inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, measuresPolicy.recordWithClient);
    const answers = refuseWrongAnswers(input.instrumentId, input.answers);
    return saveDraftAnswers(
      tx,
      deps,
      ctx,
      { clientId: input.id, instrumentId: input.instrumentId, entryMode: 'clinician_with_client', key: { entryId: input.entryId } },
      answers,
    );
  });
  return {
    id: saved.id,
    savedAt: saved.savedAt,
    missingItems: [...saved.summary.missingItems],
    summary: saved.summary.summary,
    flagsRaised: saved.flagsRaised,
    flagged: saved.flagged,
  };
}
