import { describe, expect, it } from 'vitest';
import { formatScaleMean, scoreMaia2 } from './score-maia2.js';
import { answersFrom, sameAnswer, without } from './test-answers.js';

describe('scoreMaia2', () => {
  it('reverse-scores items 5–12 and 15 before averaging', () => {
    // Every answer 3: reversed items score 5 − 3 = 2.
    const outcome = scoreMaia2(sameAnswer(37, 3));
    expect(outcome.status).toBe('complete');
    if (outcome.status !== 'complete') return;
    expect(outcome.means).toEqual({
      noticing: 3,
      not_distracting: 2, // all six reversed: without reversal this would be 3
      not_worrying: 2.4, // (2 + 2 + 3 + 3 + 2) / 5
      attention_regulation: 3,
      emotional_awareness: 3,
      self_regulation: 3,
      body_listening: 3,
      trusting: 3,
    });
  });

  it('returns exact means in published order, with no total', () => {
    const values = [
      5,
      4,
      3,
      2, // Noticing → 3.5
      0,
      0,
      0,
      0,
      0,
      5, // Not-Distracting, all reversed → (5·5 + 0) / 6
      5,
      0,
      4,
      4,
      1, // Not-Worrying → (0 + 5 + 4 + 4 + 4) / 5 = 3.4
      1,
      2,
      2,
      3,
      3,
      4,
      5, // Attention Regulation → 20 / 7
      0,
      1,
      2,
      3,
      4, // Emotional Awareness → 2
      5,
      5,
      5,
      4, // Self-Regulation → 4.75
      1,
      1,
      2, // Body Listening → 4 / 3
      0,
      0,
      0, // Trusting → 0
    ];
    const outcome = scoreMaia2(answersFrom(values));
    expect(outcome.status).toBe('complete');
    if (outcome.status !== 'complete') return;
    expect(outcome).not.toHaveProperty('total');
    expect(outcome.scales.map((s) => [s.label, s.mean])).toEqual([
      ['Noticing', 3.5],
      ['Not-Distracting', 25 / 6],
      ['Not-Worrying', 3.4],
      ['Attention Regulation', 20 / 7],
      ['Emotional Awareness', 2],
      ['Self-Regulation', 4.75],
      ['Body Listening', 4 / 3],
      ['Trusting', 0],
    ]);
    expect(outcome.scales.map((s) => formatScaleMean(s.mean))).toEqual(['3.50', '4.17', '3.40', '2.86', '2.00', '4.75', '1.33', '0.00']);
  });

  it('names missing items and rejects 6 or −1', () => {
    expect(scoreMaia2(without(sameAnswer(37, 2), 15, 37))).toEqual({ status: 'incomplete', missingItems: [15, 37] });
    expect(scoreMaia2({ ...sameAnswer(37, 2), 15: 6 })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 15, reason: 'out_of_range' }],
    });
    expect(scoreMaia2({ ...sameAnswer(37, 2), 1: -1 })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 1, reason: 'out_of_range' }],
    });
  });
});
