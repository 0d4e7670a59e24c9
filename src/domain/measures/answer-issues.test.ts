import { describe, expect, it } from 'vitest';
import { allowedAnswersText, answerIssues } from './answer-issues.js';
import { asq } from './instruments/asq.js';
import { instruments } from './instruments/index.js';
import { phq9 } from './instruments/phq9.js';

describe('answerIssues', () => {
  it('accepts allowed answers, including a partial set', () => {
    expect(answerIssues(phq9, { '9': 1 })).toEqual([]);
    expect(answerIssues(phq9, { '1': 0, '9': 3, '10': 2 })).toEqual([]);
    expect(answerIssues(asq, { '1': 'declined', '5': 'yes' })).toEqual([]);
  });

  it.each([['often'], [1.5], [7], [-1], [null], [true], ['2']])('refuses %j for a PHQ-9 question, saying what is allowed', (value) => {
    expect(answerIssues(phq9, { '1': 0, '9': value })).toEqual([{ item: '9', message: 'Choose one of 0, 1, 2 or 3.' }]);
  });

  it('names every refused item, in question order', () => {
    expect(answerIssues(phq9, { '9': 'x', '2': null }).map((issue) => issue.item)).toEqual(['2', '9']);
  });

  it('says what each yes/no question allows', () => {
    expect(answerIssues(asq, { '1': 2 })).toEqual([{ item: '1', message: 'Choose yes, no or declined.' }]);
    expect(answerIssues(asq, { '5': 'declined' })).toEqual([{ item: '5', message: 'Choose yes or no.' }]);
  });

  it('refuses a question the instrument does not have', () => {
    expect(answerIssues(phq9, { '11': 0 })).toEqual([{ item: '11', message: 'The PHQ-9 has questions 1 to 10; there is no question 11.' }]);
  });

  it('lists the range of each instrument', () => {
    const first = (id: keyof typeof instruments) => instruments[id].items[0]!;
    expect(allowedAnswersText(instruments['PCL-5'], first('PCL-5'))).toBe('Choose one of 0, 1, 2, 3 or 4.');
    expect(allowedAnswersText(instruments['MAIA-2'], first('MAIA-2'))).toBe('Choose one of 0, 1, 2, 3, 4 or 5.');
  });
});
