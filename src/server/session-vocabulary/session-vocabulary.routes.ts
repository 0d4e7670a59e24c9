import { SaveSomaticVocabularyBodySchema, SomaticVocabularySettingsSchema } from '../../contracts/session-vocabulary.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { readSomaticVocabulary } from './read-somatic-vocabulary.js';
import { saveSomaticVocabulary } from './save-somatic-vocabulary.js';

export function sessionVocabularyRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['clinical settings'];
  const response = { 200: SomaticVocabularySettingsSchema, ...staffErrors };
  app.get('/api/practice/somatic-vocabulary', { schema: { tags, response } }, async (request) => readSomaticVocabulary(deps, request.ctx));
  app.put('/api/practice/somatic-vocabulary', { schema: { tags, body: SaveSomaticVocabularyBodySchema, response } }, async (request) =>
    saveSomaticVocabulary(deps, request.ctx, request.body),
  );
}
