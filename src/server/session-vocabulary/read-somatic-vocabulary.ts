import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DEFAULT_SOMATIC_VOCABULARY, type SomaticVocabulary } from '../../domain/session/vocabulary.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { sessionVocabularyPolicy } from './session-vocabulary.policy.js';
import { latestVocabulary } from './session-vocabulary.repository.js';

/** The vocabulary in force: the practice's latest save, else the default. A session snapshots it when it opens. */
export async function getSomaticVocabulary(db: Kysely<Database>): Promise<SomaticVocabulary> {
  return (await latestVocabulary(db))?.vocabulary ?? DEFAULT_SOMATIC_VOCABULARY;
}

export async function presentVocabulary(db: Kysely<Database>) {
  const stored = await latestVocabulary(db);
  return {
    vocabulary: stored?.vocabulary ?? DEFAULT_SOMATIC_VOCABULARY,
    custom: stored !== null,
    savedAt: stored?.savedAt ?? null,
    savedBy: stored ? { id: stored.savedBy, name: stored.savedByName ?? 'Former staff member' } : null,
  };
}

export async function readSomaticVocabulary(deps: Deps, ctx: RequestContext) {
  authorize(ctx, sessionVocabularyPolicy.read);
  return presentVocabulary(deps.db);
}
