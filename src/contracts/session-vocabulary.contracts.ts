import { z } from 'zod';
import { InstantSchema } from './session-console-entries.contracts.js';
import { SomaticVocabularySchema } from './session-console-responses.contracts.js';

/**
 * The practice's somatic vocabulary (issue 10): the terms the console offers for breath, posture, energy
 * and movement. `custom: false` while the practice still uses the default.
 */
export const SomaticVocabularySettingsSchema = z
  .object({
    vocabulary: SomaticVocabularySchema,
    custom: z.boolean(),
    savedAt: InstantSchema.nullable(),
    savedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'SomaticVocabularySettings' });

export const SaveSomaticVocabularyBodySchema = z.object({ vocabulary: SomaticVocabularySchema });
