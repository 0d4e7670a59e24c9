import type { MeasureAnswers } from '../../domain/measures/types.js';

/**
 * Answers that add up to a chosen total, spread evenly over the items (fictional demo data only).
 * The last items fill first, so PHQ-9 question 9 stays 0 unless asked for.
 */
export function answersForTotal(
  total: number,
  itemCount: number,
  maxPerItem: number,
  fixed: Record<number, number> = {},
): Record<string, number> {
  const free = Array.from({ length: itemCount }, (_, i) => i + 1).filter((n) => !(n in fixed));
  let remaining = total - Object.values(fixed).reduce((a, b) => a + b, 0);
  if (remaining < 0 || remaining > free.length * maxPerItem) throw new RangeError(`cannot make ${total} from ${itemCount} items`);
  const answers: Record<string, number> = Object.fromEntries(Object.entries(fixed).map(([k, v]) => [k, v]));
  free.forEach((item, index) => {
    const left = free.length - index;
    const value = Math.min(maxPerItem, Math.ceil(remaining / left));
    answers[String(item)] = value;
    remaining -= value;
  });
  return answers;
}

/** MAIA-2 answers (0–5) around a level, varied by item so scale means differ. */
export function maia2Answers(level: number): Record<string, number> {
  return Object.fromEntries(
    Array.from({ length: 37 }, (_, i) => [String(i + 1), Math.max(0, Math.min(5, Math.round(level + ((i * 7) % 5) / 2 - 1)))]),
  );
}

export const ASQ_NEGATIVE: MeasureAnswers = { 1: 'no', 2: 'no', 3: 'no', 4: 'no' };
