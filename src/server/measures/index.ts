/** What other features may use of measures; everything else in this folder is its own. */
export { assignMeasure } from './assign-measure.js';
export { presentInstrument } from './list-instruments.js';
export { recordMeasureWithClient } from './record-measure-with-client.js';
export { storeMeasureResponse } from './store-measure-response.js';
