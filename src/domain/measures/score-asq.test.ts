import { describe, expect, it } from 'vitest';
import { scoreAsq } from './score-asq.js';

describe('scoreAsq', () => {
  it('is negative when 1–4 are all "no", without question 5', () => {
    expect(scoreAsq({ 1: 'no', 2: 'no', 3: 'no', 4: 'no' })).toEqual({
      status: 'complete',
      instrumentId: 'ASQ',
      screen: 'negative',
      label: 'Negative screen',
      positiveItems: [],
      declinedItems: [],
    });
  });

  it('is non-acute positive with one "yes" and "no" to question 5', () => {
    expect(scoreAsq({ 1: 'yes', 2: 'no', 3: 'no', 4: 'no', 5: 'no' })).toMatchObject({
      status: 'complete',
      screen: 'non-acute positive',
      label: 'Non-acute positive screen (potential risk identified)',
      positiveItems: [1],
    });
  });

  it('is acute positive with one "yes" and "yes" to question 5', () => {
    expect(scoreAsq({ 1: 'no', 2: 'no', 3: 'no', 4: 'yes', 5: 'yes' })).toMatchObject({
      status: 'complete',
      screen: 'acute positive',
      label: 'Acute positive screen (imminent risk identified)',
      positiveItems: [4],
    });
  });

  it('counts a refusal to answer as positive', () => {
    expect(scoreAsq({ 1: 'no', 2: 'no', 3: 'declined', 4: 'no', 5: 'no' })).toMatchObject({
      status: 'complete',
      screen: 'non-acute positive',
      positiveItems: [3],
      declinedItems: [3],
    });
    expect(scoreAsq({ 1: 'declined', 2: 'declined', 3: 'declined', 4: 'declined', 5: 'yes' })).toMatchObject({
      screen: 'acute positive',
      declinedItems: [1, 2, 3, 4],
    });
  });

  it('needs question 5 after a positive screen', () => {
    expect(scoreAsq({ 1: 'yes', 2: 'no', 3: 'no', 4: 'no' })).toEqual({ status: 'incomplete', missingItems: [5] });
    expect(scoreAsq({ 1: 'no', 2: 'declined', 3: 'no', 4: 'no' })).toEqual({
      status: 'incomplete',
      missingItems: [5],
    });
  });

  it('names missing screening questions, adding 5 only once the screen is positive', () => {
    expect(scoreAsq({ 1: 'no', 2: 'no', 3: 'no' })).toEqual({ status: 'incomplete', missingItems: [4] });
    expect(scoreAsq({ 1: 'yes', 3: 'no' })).toEqual({ status: 'incomplete', missingItems: [2, 4, 5] });
    expect(scoreAsq({})).toEqual({ status: 'incomplete', missingItems: [1, 2, 3, 4] });
  });

  it.each(['yes', 'no'] as const)('sends back question 5 = "%s" after a negative screen', (acuity) => {
    expect(scoreAsq({ 1: 'no', 2: 'no', 3: 'no', 4: 'no', 5: acuity })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 5, reason: 'not_asked' }],
    });
  });

  it('does not allow declining question 5', () => {
    expect(scoreAsq({ 1: 'yes', 2: 'no', 3: 'no', 4: 'no', 5: 'declined' })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 5, reason: 'declined_not_allowed' }],
    });
  });

  it.each([1, 0, 'maybe', true])('rejects %j on a yes/no question', (value) => {
    const answers = { 1: value, 2: 'no', 3: 'no', 4: 'no' } as unknown as Record<number, 'no'>;
    expect(scoreAsq(answers)).toMatchObject({ status: 'invalid', issues: [{ item: 1, reason: 'wrong_kind' }] });
  });

  it('rejects a sixth question', () => {
    expect(scoreAsq({ 1: 'no', 2: 'no', 3: 'no', 4: 'no', 6: 'no' })).toMatchObject({
      status: 'invalid',
      issues: [{ item: 6, reason: 'unknown_item' }],
    });
  });
});
