/** What other features may use of the session vocabulary; everything else in this folder is its own. */
export { getSomaticVocabulary } from './read-somatic-vocabulary.js';
export { sessionVocabularyPolicy } from './session-vocabulary.policy.js';
