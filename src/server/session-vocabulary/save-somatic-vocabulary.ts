import { v7 as uuidv7 } from 'uuid';
import { checkVocabularyEdit, type SomaticVocabulary } from '../../domain/session/vocabulary.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest } from '../platform/errors.js';
import { getSomaticVocabulary, presentVocabulary } from './read-somatic-vocabulary.js';
import { sessionVocabularyPolicy } from './session-vocabulary.policy.js';
import { insertVocabularyVersion } from './session-vocabulary.repository.js';

/**
 * Saves the practice's vocabulary as a new version. Terms may be renamed, added and retired but never
 * removed: entries already logged point at their codes. Sessions already open keep the vocabulary they
 * opened with; the next session opened uses this one.
 */
export async function saveSomaticVocabulary(deps: Deps, ctx: RequestContext, input: { vocabulary: SomaticVocabulary }) {
  const actor = authorize(ctx, sessionVocabularyPolicy.change);
  return inTransaction(deps, async (tx) => {
    const previous = await getSomaticVocabulary(tx.db);
    const issues = checkVocabularyEdit(previous, input.vocabulary);
    if (issues.length > 0)
      throw badRequest(
        'Some terms need another look.',
        issues.map((i) => ({ path: `vocabulary.${i.path}`, message: i.message })),
      );
    const id = uuidv7();
    await insertVocabularyVersion(tx.db, { id, vocabulary: input.vocabulary, savedAt: ctx.now.toISOString(), savedBy: actor.userId });
    await appendAudit(tx, ctx, { action: 'practice.somatic_vocabulary_update', recordType: 'practice', recordId: id });
    return presentVocabulary(tx.db);
  });
}
