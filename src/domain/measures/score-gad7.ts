import { checkAnswers, sumOf } from './check-answers.js';
import { gad7 } from './instruments/gad7.js';
import { complete, incomplete, invalid, type ScoreOutcome } from './outcome.js';
import { bandFor, type SeverityBand } from './severity-bands.js';
import type { MeasureAnswers } from './types.js';

export type Gad7BandCode = 'minimal' | 'mild' | 'moderate' | 'severe';

// Severity bands from Spitzer et al. 2006, as listed in clinical.md.
export const GAD7_BANDS: readonly SeverityBand<Gad7BandCode>[] = [
  { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
  { code: 'mild', label: 'Mild', min: 5, max: 9 },
  { code: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { code: 'severe', label: 'Severe', min: 15, max: 21 },
];

export const GAD7_MAX_TOTAL = 21;
const SCORED_ITEMS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface Gad7Result {
  readonly instrumentId: 'GAD-7';
  readonly total: number;
  readonly maxTotal: typeof GAD7_MAX_TOTAL;
  readonly band: SeverityBand<Gad7BandCode>;
}

export function scoreGad7(answers: MeasureAnswers): ScoreOutcome<Gad7Result> {
  const checked = checkAnswers(gad7, answers);
  if (checked.issues.length > 0) return invalid(checked.issues);
  if (checked.missingRequired.length > 0) return incomplete(checked.missingRequired);

  const total = sumOf(checked.answered, SCORED_ITEMS);
  return complete({
    instrumentId: 'GAD-7',
    total,
    maxTotal: GAD7_MAX_TOTAL,
    band: bandFor(GAD7_BANDS, total),
  });
}
