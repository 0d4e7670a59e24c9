/** What other features may use of measures; everything else in this folder is its own. */

export { EnterMeasureForm } from './EnterMeasureForm';
export { MeasuresSection } from './MeasuresSection';
export type { InstrumentId, RecordedResponse } from './measure-types';
