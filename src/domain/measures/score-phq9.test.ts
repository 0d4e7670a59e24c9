import { describe, expect, it } from 'vitest';
import { scorePhq9 } from './score-phq9.js';
import { answersFrom, sameAnswer, without } from './test-answers.js';
import type { AnswerValue } from './types.js';

describe('scorePhq9', () => {
  // Hand-worked vectors on each side of every band boundary (Kroenke 2001).
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal', 'Minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal', 'Minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild', 'Mild'],
    [[3, 3, 3, 0, 0, 0, 0, 0, 0], 9, 'mild', 'Mild'],
    [[3, 3, 3, 1, 0, 0, 0, 0, 0], 10, 'moderate', 'Moderate'],
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, 'moderate', 'Moderate'],
    [[2, 2, 2, 2, 2, 2, 2, 1, 0], 15, 'moderately_severe', 'Moderately severe'],
    [[3, 3, 3, 3, 3, 2, 2, 0, 0], 19, 'moderately_severe', 'Moderately severe'],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'severe', 'Severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe', 'Severe'],
  ])('%j totals %i, band %s', (values, total, code, label) => {
    const outcome = scorePhq9(answersFrom(values));
    expect(outcome).toMatchObject({ status: 'complete', total, maxTotal: 27, band: { code, label } });
  });

  it('reports question 9 on its own', () => {
    const outcome = scorePhq9(answersFrom([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(outcome).toMatchObject({ status: 'complete', total: 1, item9: 1, band: { code: 'minimal' } });
  });

  it('never adds the difficulty question to the total', () => {
    const outcome = scorePhq9(answersFrom([1, 1, 1, 1, 0, 0, 0, 0, 0, 3]));
    expect(outcome).toMatchObject({
      status: 'complete',
      total: 4,
      difficulty: { value: 3, label: 'Extremely difficult' },
    });
  });

  it('is complete without the optional difficulty question', () => {
    expect(scorePhq9(sameAnswer(9, 0))).toMatchObject({ status: 'complete', difficulty: null });
  });

  it('names every missing question and never scores it as 0', () => {
    expect(scorePhq9(without(sameAnswer(9, 1), 3, 7))).toEqual({ status: 'incomplete', missingItems: [3, 7] });
    expect(scorePhq9({})).toEqual({ status: 'incomplete', missingItems: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
  });

  it('treats null and undefined as unanswered', () => {
    const answers = { ...sameAnswer(9, 1), 2: undefined, 5: null } as unknown as Record<number, number>;
    expect(scorePhq9(answers)).toEqual({ status: 'incomplete', missingItems: [2, 5] });
  });

  it.each([
    [-1, 'out_of_range'],
    [4, 'out_of_range'],
    [2.5, 'not_whole_number'],
    [Number.NaN, 'not_whole_number'],
    ['yes', 'wrong_kind'],
    ['declined', 'wrong_kind'],
    ['2', 'wrong_kind'],
  ] as const)('rejects %s on a scale question, naming the question', (value, reason) => {
    // Values arrive from forms and storage, so wrong types must be caught at run time.
    const outcome = scorePhq9({ ...sameAnswer(9, 1), 4: value as AnswerValue });
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues).toEqual([expect.objectContaining({ item: 4, reason })]);
    expect(outcome.issues[0]?.message).toContain('question 4');
  });

  it('rejects an out-of-range difficulty answer too', () => {
    const outcome = scorePhq9({ ...sameAnswer(9, 0), 10: 4 });
    expect(outcome).toMatchObject({ status: 'invalid', issues: [{ item: 10, reason: 'out_of_range' }] });
  });

  it.each([
    [{ 11: 0 }, 11],
    [{ 0: 0 }, 0],
    [{ abc: 0 }, 'abc'],
    [{ '-1': 0 }, '-1'],
    [{ '1.5': 0 }, '1.5'],
  ])('rejects an unknown question %j', (extra, item) => {
    const outcome = scorePhq9({ ...sameAnswer(9, 0), ...extra } as Record<number, number>);
    expect(outcome).toMatchObject({ status: 'invalid', issues: [{ item, reason: 'unknown_item' }] });
  });

  it('reports every invalid answer, ahead of missing ones', () => {
    const outcome = scorePhq9({ 1: 4, 2: -1, 3: 1 });
    expect(outcome).toMatchObject({
      status: 'invalid',
      issues: [
        { item: 1, reason: 'out_of_range' },
        { item: 2, reason: 'out_of_range' },
      ],
    });
  });
});
