import { describe, expect, it } from 'vitest';
import { draftFlags, flagsToRaise, incompleteSummary, questionsText, summarizeDraft } from './draft-response.js';
import { sameAnswer } from './test-answers.js';

describe('draftFlags', () => {
  it('flags PHQ-9 question 9 above 0 when it is the only answer', () => {
    expect(draftFlags('PHQ-9', { 9: 1 })).toMatchObject([{ kind: 'phq9_item9', urgency: 'high', items: [9] }]);
  });

  it('raises nothing for question 9 = 0 alone, or for other questions alone', () => {
    expect(draftFlags('PHQ-9', { 9: 0 })).toEqual([]);
    expect(draftFlags('PHQ-9', { 1: 3, 2: 3 })).toEqual([]);
  });

  it('flags an ASQ question 5 "yes" alone as acute', () => {
    expect(draftFlags('ASQ', { 5: 'yes' })).toMatchObject([{ kind: 'asq_acute', urgency: 'urgent', items: [5] }]);
  });

  it.each([1, 2, 3, 4])('flags an ASQ "yes" to question %i alone as a positive screen', (n) => {
    expect(draftFlags('ASQ', { [n]: 'yes' })).toMatchObject([{ kind: 'asq_positive', urgency: 'high', items: [n] }]);
  });

  it('counts a declined answer as positive', () => {
    expect(draftFlags('ASQ', { 2: 'declined' })).toMatchObject([{ kind: 'asq_positive', items: [2] }]);
  });

  it('raises nothing from other instruments', () => {
    expect(draftFlags('PCL-5', sameAnswer(20, 4))).toEqual([]);
  });
});

describe('flagsToRaise', () => {
  const phq = draftFlags('PHQ-9', { 9: 2 });
  const positive = draftFlags('ASQ', { 1: 'yes' });
  const acute = draftFlags('ASQ', { 1: 'yes', 5: 'yes' });

  it('raises a kind the first time only', () => {
    expect(flagsToRaise(phq, [])).toEqual(phq);
    expect(flagsToRaise(phq, ['phq9_item9'])).toEqual([]);
  });

  it('raises an ASQ that became acute again, as urgent', () => {
    expect(flagsToRaise(acute, ['asq_positive'])).toEqual(acute);
  });

  it('does not step an acute flag back to a positive one', () => {
    expect(flagsToRaise(positive, ['asq_acute'])).toEqual([]);
  });
});

describe('summarizeDraft', () => {
  it('names the missing questions and never gives a total', () => {
    const summary = summarizeDraft('PHQ-9', { 9: 1 });
    expect(summary).toEqual({
      status: 'incomplete',
      missingItems: [1, 2, 3, 4, 5, 6, 7, 8],
      answeredCount: 1,
      summary: 'Incomplete — questions 1–8 not answered; not scored.',
    });
    expect(JSON.stringify(summary)).not.toMatch(/total|band/i);
  });

  it('asks for ASQ questions 1–4 when only question 5 is answered', () => {
    expect(summarizeDraft('ASQ', { 5: 'yes' }).missingItems).toEqual([1, 2, 3, 4]);
  });

  it('asks for ASQ question 5 once the screen is positive', () => {
    expect(summarizeDraft('ASQ', { 1: 'yes', 2: 'no', 3: 'no', 4: 'no' }).missingItems).toEqual([5]);
  });

  it('says a fully answered draft is not scored until sent', () => {
    expect(summarizeDraft('GAD-7', sameAnswer(7, 1))).toMatchObject({ status: 'ready', missingItems: [] });
  });
});

describe('questionsText', () => {
  it.each([
    [[3], 'question 3'],
    [[3, 7], 'questions 3 and 7'],
    [[3, 4], 'questions 3 and 4'],
    [[1, 2, 3, 4, 5, 6, 7, 8], 'questions 1–8'],
    [[1, 2, 3, 5, 9, 10, 11], 'questions 1–3, 5 and 9–11'],
  ])('%j → %s', (items, text) => {
    expect(questionsText(items)).toBe(text);
  });

  it('words an incomplete response', () => {
    expect(incompleteSummary([2, 3, 4])).toBe('Incomplete — questions 2–4 not answered; not scored.');
  });
});
