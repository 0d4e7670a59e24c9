import { describe, expect, it } from 'vitest';
import { scoreGad7 } from './score-gad7.js';
import { answersFrom, sameAnswer, without } from './test-answers.js';

describe('scoreGad7', () => {
  // Hand-worked vectors on each side of every band boundary (Spitzer 2006).
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, 'minimal', 'Minimal'],
    [[1, 1, 1, 1, 0, 0, 0], 4, 'minimal', 'Minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'mild', 'Mild'],
    [[3, 3, 3, 0, 0, 0, 0], 9, 'mild', 'Mild'],
    [[3, 3, 3, 1, 0, 0, 0], 10, 'moderate', 'Moderate'],
    [[2, 2, 2, 2, 2, 2, 2], 14, 'moderate', 'Moderate'],
    [[3, 2, 2, 2, 2, 2, 2], 15, 'severe', 'Severe'],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'severe', 'Severe'],
  ])('%j totals %i, band %s', (values, total, code, label) => {
    expect(scoreGad7(answersFrom(values))).toMatchObject({
      status: 'complete',
      instrumentId: 'GAD-7',
      total,
      maxTotal: 21,
      band: { code, label },
    });
  });

  it('names missing questions', () => {
    expect(scoreGad7(without(sameAnswer(7, 2), 7))).toEqual({ status: 'incomplete', missingItems: [7] });
  });

  it('rejects an eighth question and out-of-range answers', () => {
    expect(scoreGad7({ ...sameAnswer(7, 0), 8: 0 })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 8, reason: 'unknown_item' }],
    });
    expect(scoreGad7({ ...sameAnswer(7, 0), 1: 4 })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 1, reason: 'out_of_range' }],
    });
  });
});
