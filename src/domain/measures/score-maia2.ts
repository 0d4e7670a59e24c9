import { checkAnswers, scaleAnswer } from './check-answers.js';
import { MAIA2_SCALES, type Maia2ScaleCode, maia2 } from './instruments/maia2.js';
import { complete, incomplete, invalid, type ScoreOutcome } from './outcome.js';
import type { MeasureAnswers } from './types.js';

// Reverse scoring is 5 − answer on the 0–5 scale (Mehling et al. 2018; clinical.md).
const MAIA2_SCALE_MAX = 5;

export interface Maia2ScaleMean {
  readonly code: Maia2ScaleCode;
  readonly label: string;
  readonly items: readonly number[];
  /** Exact mean; round only for display (formatScaleMean). */
  readonly mean: number;
}

export interface Maia2Result {
  readonly instrumentId: 'MAIA-2';
  /** The MAIA-2 has no total: eight scale means, in the published order. */
  readonly scales: readonly Maia2ScaleMean[];
  readonly means: Readonly<Record<Maia2ScaleCode, number>>;
}

export function scoreMaia2(answers: MeasureAnswers): ScoreOutcome<Maia2Result> {
  const checked = checkAnswers(maia2, answers);
  if (checked.issues.length > 0) return invalid(checked.issues);
  if (checked.missingRequired.length > 0) return incomplete(checked.missingRequired);

  const reversed = new Set(maia2.items.filter((item) => item.kind === 'scale' && item.reverseScored).map((item) => item.number));
  const scored = (n: number): number => {
    const answer = scaleAnswer(checked.answered, n);
    return reversed.has(n) ? MAIA2_SCALE_MAX - answer : answer;
  };

  const scales = MAIA2_SCALES.map((scale) => ({
    code: scale.code,
    label: scale.label,
    items: scale.items,
    mean: scale.items.reduce((sum, n) => sum + scored(n), 0) / scale.items.length,
  }));
  const means = Object.fromEntries(scales.map((s) => [s.code, s.mean])) as Record<Maia2ScaleCode, number>;

  return complete({ instrumentId: 'MAIA-2', scales, means });
}

/** Two decimals, for display only; stored and compared values stay exact. */
export function formatScaleMean(mean: number): string {
  return (Math.round(mean * 100) / 100).toFixed(2);
}
