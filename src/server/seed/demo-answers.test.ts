import { describe, expect, it } from 'vitest';
import { scoreMeasure } from '../../domain/measures/index.js';
import { answersForTotal, maia2Answers } from './demo-answers.js';

describe('answersForTotal', () => {
  it('makes a PHQ-9 that scores exactly the total asked for, with item 9 left at 0', () => {
    for (const total of [0, 4, 14, 24]) {
      const answers = answersForTotal(total, 9, 3, { 9: 0 });
      const outcome = scoreMeasure('PHQ-9', Object.fromEntries(Object.entries(answers).map(([k, v]) => [Number(k), v])));
      expect(outcome.status === 'complete' && outcome.total).toBe(total);
      expect(answers['9']).toBe(0);
    }
  });

  it('refuses a total the items cannot reach', () => {
    expect(() => answersForTotal(25, 9, 3, { 9: 0 })).toThrow(RangeError);
  });

  it('makes MAIA-2 answers in range', () => {
    expect(Object.values(maia2Answers(3)).every((v) => v >= 0 && v <= 5)).toBe(true);
  });
});
