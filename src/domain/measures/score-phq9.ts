import { checkAnswers, scaleAnswer, sumOf } from './check-answers.js';
import { phq9 } from './instruments/phq9.js';
import { complete, incomplete, invalid, type ScoreOutcome } from './outcome.js';
import { bandFor, type SeverityBand } from './severity-bands.js';
import type { MeasureAnswers, ScaleOption } from './types.js';

export type Phq9BandCode = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

// Severity bands from Kroenke, Spitzer & Williams 2001, as listed in clinical.md.
export const PHQ9_BANDS: readonly SeverityBand<Phq9BandCode>[] = [
  { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
  { code: 'mild', label: 'Mild', min: 5, max: 9 },
  { code: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { code: 'moderately_severe', label: 'Moderately severe', min: 15, max: 19 },
  { code: 'severe', label: 'Severe', min: 20, max: 27 },
];

export const PHQ9_MAX_TOTAL = 27;
const SCORED_ITEMS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const DIFFICULTY_ITEM = 10;

export interface Phq9Result {
  readonly instrumentId: 'PHQ-9';
  readonly total: number;
  readonly maxTotal: typeof PHQ9_MAX_TOTAL;
  readonly band: SeverityBand<Phq9BandCode>;
  /** Question 9 is reported on its own: any answer above 0 raises a safety flag. */
  readonly item9: number;
  /** The unscored difficulty question, when the client answered it. */
  readonly difficulty: ScaleOption | null;
}

export function scorePhq9(answers: MeasureAnswers): ScoreOutcome<Phq9Result> {
  const checked = checkAnswers(phq9, answers);
  if (checked.issues.length > 0) return invalid(checked.issues);
  if (checked.missingRequired.length > 0) return incomplete(checked.missingRequired);

  const total = sumOf(checked.answered, SCORED_ITEMS);
  return complete({
    instrumentId: 'PHQ-9',
    total,
    maxTotal: PHQ9_MAX_TOTAL,
    band: bandFor(PHQ9_BANDS, total),
    item9: scaleAnswer(checked.answered, 9),
    difficulty: difficultyAnswer(checked.answered.get(DIFFICULTY_ITEM)),
  });
}

function difficultyAnswer(value: unknown): ScaleOption | null {
  const item = phq9.items.find((i) => i.number === DIFFICULTY_ITEM);
  if (item?.kind !== 'scale' || typeof value !== 'number') return null;
  return item.options?.find((option) => option.value === value) ?? null;
}
