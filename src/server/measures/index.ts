/** What other features may use of measures; everything else in this folder is its own. */
export { assignMeasure } from './assign-measure.js';
export { presentInstrument } from './list-instruments.js';
export { draftOfAssignment, flagKindsRaisedFor, type StoredAnswers } from './measure-drafts.repository.js';
export { recordMeasureWithClient } from './record-measure-with-client.js';
export { refuseWrongAnswers, saveDraftAnswers } from './save-draft-answers.js';
export { refusedResponse, storeMeasureResponse } from './store-measure-response.js';
