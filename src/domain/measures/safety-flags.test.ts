import { describe, expect, it } from 'vitest';
import { safetyFlagsFor } from './safety-flags.js';
import { scoreMeasure } from './score-measure.js';
import { answersFrom, sameAnswer, without } from './test-answers.js';
import type { InstrumentId, MeasureAnswers } from './types.js';

const flagsFor = (id: InstrumentId, answers: MeasureAnswers) => safetyFlagsFor(id, answers, scoreMeasure(id, answers));

describe('safetyFlagsFor — PHQ-9', () => {
  it('flags question 9 = 1 even when the total is only 1', () => {
    const answers = answersFrom([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(scoreMeasure('PHQ-9', answers)).toMatchObject({ total: 1, band: { code: 'minimal' } });
    expect(flagsFor('PHQ-9', answers)).toEqual([
      {
        kind: 'phq9_item9',
        urgency: 'high',
        instrumentId: 'PHQ-9',
        items: [9],
        summary:
          'PHQ-9 question 9 ("Thoughts that you would be better off dead or of hurting yourself in some way") was answered "Several days".',
      },
    ]);
  });

  it.each([2, 3])('flags question 9 = %i', (value) => {
    expect(flagsFor('PHQ-9', { ...sameAnswer(9, 0), 9: value })).toMatchObject([{ kind: 'phq9_item9' }]);
  });

  it('raises nothing for question 9 = 0, however high the total', () => {
    expect(flagsFor('PHQ-9', answersFrom([3, 3, 3, 3, 3, 3, 3, 3, 0]))).toEqual([]);
  });

  it('flags question 9 at once even when another question is missing', () => {
    const answers = without({ ...sameAnswer(9, 0), 9: 2 }, 3);
    expect(scoreMeasure('PHQ-9', answers).status).toBe('incomplete');
    expect(flagsFor('PHQ-9', answers)).toMatchObject([{ kind: 'phq9_item9', urgency: 'high' }]);
  });

  it('does not read an invalid question 9 answer as a disclosure', () => {
    const answers = { ...sameAnswer(9, 0), 9: 4 };
    expect(scoreMeasure('PHQ-9', answers).status).toBe('invalid');
    expect(flagsFor('PHQ-9', answers)).toEqual([]);
  });
});

describe('safetyFlagsFor — ASQ', () => {
  it('raises nothing for a negative screen', () => {
    expect(flagsFor('ASQ', sameAnswer(4, 'no'))).toEqual([]);
  });

  it('flags a non-acute positive screen as high', () => {
    expect(flagsFor('ASQ', { 1: 'no', 2: 'yes', 3: 'no', 4: 'no', 5: 'no' })).toEqual([
      {
        kind: 'asq_positive',
        urgency: 'high',
        instrumentId: 'ASQ',
        items: [2],
        summary: 'ASQ positive screen: "yes" or declined to answer on question 2.',
      },
    ]);
  });

  it('flags a refusal to answer as a positive screen', () => {
    expect(flagsFor('ASQ', { 1: 'declined', 2: 'no', 3: 'no', 4: 'no', 5: 'no' })).toMatchObject([
      { kind: 'asq_positive', urgency: 'high', items: [1] },
    ]);
  });

  it('flags an acute positive screen as urgent, once', () => {
    const flags = flagsFor('ASQ', { 1: 'yes', 2: 'yes', 3: 'no', 4: 'no', 5: 'yes' });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'asq_acute', urgency: 'urgent', items: [1, 2, 5] });
    expect(flags[0]?.summary).toContain('ASQ acute positive');
  });

  it('flags a positive screen at once, before question 5 is answered', () => {
    const answers = { 1: 'no', 2: 'no', 3: 'yes', 4: 'no' } as const;
    expect(scoreMeasure('ASQ', answers)).toEqual({ status: 'incomplete', missingItems: [5] });
    const flags = flagsFor('ASQ', answers);
    expect(flags).toMatchObject([{ kind: 'asq_positive', urgency: 'high', items: [3] }]);
    expect(flags[0]?.summary).toContain('Question 5 (acuity) has not been answered yet.');
  });

  it('still flags "yes, right now" urgently when the response is sent back as inconsistent', () => {
    const answers = { 1: 'no', 2: 'no', 3: 'no', 4: 'no', 5: 'yes' } as const;
    expect(scoreMeasure('ASQ', answers).status).toBe('invalid');
    expect(flagsFor('ASQ', answers)).toMatchObject([{ kind: 'asq_acute', urgency: 'urgent', items: [5] }]);
  });
});

describe('safetyFlagsFor — other instruments', () => {
  it.each([
    ['GAD-7', sameAnswer(7, 3)],
    ['PCL-5', sameAnswer(20, 4)], // includes question 16, "…could cause you harm?"
    ['MAIA-2', sameAnswer(37, 0)],
  ] as const)('%s raises no flags at any score', (id, answers) => {
    expect(flagsFor(id, answers)).toEqual([]);
  });

  it('refuses a result from a different instrument', () => {
    const gad = scoreMeasure('GAD-7', sameAnswer(7, 0));
    expect(() => safetyFlagsFor('PHQ-9', sameAnswer(9, 0), gad)).toThrow(RangeError);
  });
});
