import { rule } from '../../domain/access/policy.js';

/**
 * The vocabulary is the practice's words for what is noticed in the room, not a clinical threshold: the
 * clinicians who use it and the admin who runs the practice may change it; everyone on staff reads it.
 */
export const sessionVocabularyPolicy = {
  read: rule('read the somatic vocabulary', ['therapist', 'prescriber', 'co_facilitator', 'admin']),
  change: rule('change the somatic vocabulary', ['therapist', 'prescriber', 'admin']),
};
