import type { ScoreOutcome } from './outcome.js';
import { type AsqResult, scoreAsq } from './score-asq.js';
import { type Gad7Result, scoreGad7 } from './score-gad7.js';
import { type Maia2Result, scoreMaia2 } from './score-maia2.js';
import { type Pcl5Result, scorePcl5 } from './score-pcl5.js';
import { type Phq9Result, scorePhq9 } from './score-phq9.js';
import type { InstrumentId, MeasureAnswers } from './types.js';

export interface ScoreOptions {
  /** The practice's PCL-5 screening threshold; defaults to 33 (clinical.md). */
  readonly pcl5Threshold?: number;
}

export interface ResultByInstrument {
  readonly 'PHQ-9': Phq9Result;
  readonly 'GAD-7': Gad7Result;
  readonly 'PCL-5': Pcl5Result;
  readonly ASQ: AsqResult;
  readonly 'MAIA-2': Maia2Result;
}

export type MeasureResult = ResultByInstrument[InstrumentId];

export type MeasureOutcome<I extends InstrumentId = InstrumentId> = ScoreOutcome<ResultByInstrument[I]>;

const scorers: {
  readonly [I in InstrumentId]: (answers: MeasureAnswers, options: ScoreOptions) => MeasureOutcome<I>;
} = {
  'PHQ-9': (answers) => scorePhq9(answers),
  'GAD-7': (answers) => scoreGad7(answers),
  'PCL-5': (answers, options) => scorePcl5(answers, options.pcl5Threshold === undefined ? {} : { threshold: options.pcl5Threshold }),
  ASQ: (answers) => scoreAsq(answers),
  'MAIA-2': (answers) => scoreMaia2(answers),
};

/**
 * Scores one completed measure. Returns `invalid` when any answer is not allowed
 * (nothing is clamped), `incomplete` when a required item is unanswered (nothing
 * is counted as 0), otherwise the instrument's result.
 */
export function scoreMeasure<I extends InstrumentId>(
  instrumentId: I,
  answers: MeasureAnswers,
  options: ScoreOptions = {},
): MeasureOutcome<I> {
  if (!Object.hasOwn(scorers, instrumentId)) {
    throw new RangeError(`Unknown instrument: ${String(instrumentId)}.`);
  }
  return scorers[instrumentId](answers, options);
}
