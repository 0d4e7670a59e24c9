import { describe, expect, it } from 'vitest';
import { asq } from '../../../domain/measures/instruments/asq';
import { phq9 } from '../../../domain/measures/instruments/phq9';
import { answersToSend, itemsInIssues, minutesFor, optionsFor, progressOf, unansweredItems, visibleItems } from './measure-form';
import type { PortalInstrument } from './portal.api';

// The instruments as the API presents them (same shape, arrays made mutable).
const PHQ9 = structuredClone(phq9) as unknown as PortalInstrument;
const ASQ = structuredClone(asq) as unknown as PortalInstrument;

describe('the ASQ acuity question', () => {
  it('stays hidden while questions 1–4 are all no', () => {
    const answers = { '1': 'no', '2': 'no', '3': 'no', '4': 'no' } as const;
    expect(visibleItems(ASQ, answers).map((item) => item.number)).toEqual([1, 2, 3, 4]);
    expect(unansweredItems(ASQ, answers)).toEqual([]);
  });

  it.each(['yes', 'declined'] as const)('appears after a %s to any of 1–4 and must then be answered', (value) => {
    const answers = { '1': 'no', '2': value, '3': 'no', '4': 'no' };
    expect(visibleItems(ASQ, answers).map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    expect(unansweredItems(ASQ, answers)).toEqual([5]);
  });

  it('is not sent once it is hidden again', () => {
    expect(answersToSend(ASQ, { '1': 'no', '2': 'no', '3': 'no', '4': 'no', '5': 'yes' })).toEqual({
      '1': 'no',
      '2': 'no',
      '3': 'no',
      '4': 'no',
    });
  });

  it('offers "declined" only where the instrument allows it', () => {
    const [first] = ASQ.items;
    const fifth = ASQ.items[4];
    expect(first && optionsFor(ASQ, first).map((o) => o.value)).toEqual(['yes', 'no', 'declined']);
    expect(fifth && optionsFor(ASQ, fifth).map((o) => o.value)).toEqual(['yes', 'no']);
  });
});

describe('PHQ-9', () => {
  it('uses question 10’s own options and leaves it optional', () => {
    const tenth = PHQ9.items[9];
    expect(tenth && optionsFor(PHQ9, tenth)[0]?.label).toBe('Not difficult at all');
    const nine = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), 0]));
    expect(unansweredItems(PHQ9, nine)).toEqual([]);
  });

  it('names the unanswered questions in order and counts progress over the shown ones', () => {
    const answers = { '1': 0, '2': 1, '4': 0 };
    expect(unansweredItems(PHQ9, answers)).toEqual([3, 5, 6, 7, 8, 9]);
    expect(progressOf(PHQ9, answers)).toEqual({ answered: 3, total: 10 });
  });
});

it('reads question numbers from a refused response', () => {
  expect(itemsInIssues([{ path: 'answers.9' }, { path: 'answers.3' }, { path: 'answers.9' }, { path: 'answers' }])).toEqual([3, 9]);
});

it('estimates minutes kindly', () => {
  expect([minutesFor(5), minutesFor(7), minutesFor(10), minutesFor(20)]).toEqual([
    'about 1 minute',
    'about 2 minutes',
    'about 2 minutes',
    'about 4 minutes',
  ]);
});
