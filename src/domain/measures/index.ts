// Public API of the measures domain: instrument wording, scoring, safety flags,
// change over time and clinician-entered scores. Pure functions, no IO.

export { type AnswerIssue, allowedAnswersText, answerIssues } from './answer-issues.js';
export * from './change-over-time.js';
export * from './clinician-entered-score.js';
export * from './draft-response.js';
export * from './instruments/index.js';
export type {
  CompleteOutcome,
  IncompleteOutcome,
  InvalidOutcome,
  MeasureIssue,
  MeasureIssueReason,
  ScoreOutcome,
} from './outcome.js';
export * from './safety-flags.js';
export { ASQ_SCREEN_LABELS, type AsqResult, type AsqScreen } from './score-asq.js';
export { GAD7_BANDS, GAD7_MAX_TOTAL, type Gad7BandCode, type Gad7Result } from './score-gad7.js';
export { formatScaleMean, type Maia2Result, type Maia2ScaleMean } from './score-maia2.js';
export {
  type MeasureOutcome,
  type MeasureResult,
  type ResultByInstrument,
  type ScoreOptions,
  scoreMeasure,
} from './score-measure.js';
export {
  PCL5_CLUSTERS,
  PCL5_DEFAULT_THRESHOLD,
  PCL5_ENDORSED_AT,
  PCL5_MAX_TOTAL,
  type Pcl5Cluster,
  type Pcl5Result,
} from './score-pcl5.js';
export { PHQ9_BANDS, PHQ9_MAX_TOTAL, type Phq9BandCode, type Phq9Result } from './score-phq9.js';
export type { SeverityBand } from './severity-bands.js';
export type {
  AnswerValue,
  Attribution,
  InstrumentItem,
  MeasureAnswers,
  ScaleItem,
  ScaleOption,
  YesNoAnswer,
  YesNoItem,
  YesNoOption,
} from './types.js';
export { INSTRUMENT_IDS } from './types.js';
