import { describe, expect, it } from 'vitest';
import { PCL5_CLUSTERS, scorePcl5 } from './score-pcl5.js';
import { answersFrom, sameAnswer, without } from './test-answers.js';

// Items:         B: 1–5       C: 6–7  D: 8–14             E: 15–20
const minimalPattern = [2, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0];

describe('scorePcl5', () => {
  it('assigns items 1–20 to clusters B, C, D, E once each', () => {
    const all = Object.values(PCL5_CLUSTERS).flatMap((c) => c.items);
    expect(all).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('sums the total and each cluster', () => {
    const values = [1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4];
    expect(scorePcl5(answersFrom(values))).toMatchObject({
      status: 'complete',
      total: 54,
      maxTotal: 80,
      clusterTotals: { B: 5, C: 4, D: 21, E: 24 },
    });
  });

  // 16 items at 2 = 32; then one and two more points.
  it.each([
    [32, false, 'Below the screening cut-off'],
    [33, true, 'At or above the screening cut-off'],
    [34, true, 'At or above the screening cut-off'],
  ])('total %i against the default threshold 33 → %s', (total, probablePtsd, screenLabel) => {
    const values = [...Array(16).fill(2), total >= 33 ? 1 : 0, total >= 34 ? 1 : 0, 0, 0];
    expect(scorePcl5(answersFrom(values))).toMatchObject({
      status: 'complete',
      total,
      threshold: 33,
      probablePtsd,
      screenLabel,
    });
  });

  it("uses the practice's threshold when given", () => {
    const values = [...Array(15).fill(2), 1, 0, 0, 0, 0]; // 31
    expect(scorePcl5(answersFrom(values), { threshold: 31 })).toMatchObject({ threshold: 31, probablePtsd: true });
    expect(scorePcl5(answersFrom(values))).toMatchObject({ probablePtsd: false });
  });

  it.each([-1, 81, 32.5, Number.NaN])('refuses a threshold of %s', (threshold) => {
    expect(() => scorePcl5(sameAnswer(20, 0), { threshold })).toThrow(RangeError);
  });

  it('meets the provisional DSM-5 pattern with 1 B, 1 C, 2 D and 2 E endorsed', () => {
    expect(scorePcl5(answersFrom(minimalPattern))).toMatchObject({
      status: 'complete',
      total: 12,
      probablePtsd: false,
      dsm5Pattern: {
        met: true,
        endorsed: { B: 1, C: 1, D: 2, E: 2 },
        needed: { B: 1, C: 1, D: 2, E: 2 },
      },
    });
  });

  it.each([
    ['B', 1, { B: 0, C: 1, D: 2, E: 2 }],
    ['C', 6, { B: 1, C: 0, D: 2, E: 2 }],
    ['D', 9, { B: 1, C: 1, D: 1, E: 2 }],
    ['E', 16, { B: 1, C: 1, D: 2, E: 1 }],
  ])('is not met when cluster %s is one short (item %i rated 1)', (_cluster, item, endorsed) => {
    const values = [...minimalPattern];
    values[item - 1] = 1; // 1 = "A little bit" is not endorsed
    expect(scorePcl5(answersFrom(values))).toMatchObject({ dsm5Pattern: { met: false, endorsed } });
  });

  it('keeps the pattern and the total separate', () => {
    // A high total from clusters B and E alone does not meet the pattern.
    const values = [4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 4];
    expect(scorePcl5(answersFrom(values))).toMatchObject({
      total: 44,
      probablePtsd: true,
      dsm5Pattern: { met: false },
    });
  });

  it('names missing items and rejects out-of-range ones', () => {
    expect(scorePcl5(without(sameAnswer(20, 1), 20, 6))).toEqual({ status: 'incomplete', missingItems: [6, 20] });
    expect(scorePcl5({ ...sameAnswer(20, 1), 12: 5 })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 12, reason: 'out_of_range' }],
    });
  });

  it('never uses the word diagnosis in its result', () => {
    expect(JSON.stringify(scorePcl5(sameAnswer(20, 4))).toLowerCase()).not.toContain('diagnos');
  });
});
