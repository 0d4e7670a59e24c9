import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS } from '../types.js';
import { instruments, isInstrumentId, MAIA2_SCALES } from './index.js';

describe('instrument definitions', () => {
  it('has one definition per id, keyed by its own id', () => {
    expect(Object.keys(instruments).sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const id of INSTRUMENT_IDS) expect(instruments[id].id).toBe(id);
  });

  it.each([
    ['PHQ-9', 10, 9],
    ['GAD-7', 7, 7],
    ['PCL-5', 20, 20],
    ['ASQ', 5, 5],
    ['MAIA-2', 37, 37],
  ] as const)('%s has %i items, %i of them scored', (id, count, scoredCount) => {
    const { items } = instruments[id];
    expect(items).toHaveLength(count);
    expect(items.filter((item) => item.scored)).toHaveLength(scoredCount);
    expect(items.map((item) => item.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('marks PHQ-9 question 10 as unscored and optional, with its own options', () => {
    const q10 = instruments['PHQ-9'].items[9];
    expect(q10).toMatchObject({ number: 10, scored: false, required: false, kind: 'scale' });
    expect(q10?.kind === 'scale' && q10.options?.map((o) => o.label)).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
  });

  it('has no empty or padded wording anywhere', () => {
    for (const definition of Object.values(instruments)) {
      for (const text of [
        definition.version,
        definition.title,
        definition.instructions,
        definition.timeframe,
        definition.attribution.authors,
        definition.attribution.source,
        definition.attribution.citation,
        definition.attribution.licence,
        ...definition.items.map((item) => item.text),
        ...definition.options.map((option) => option.label),
      ]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).toBe(text.trim());
      }
    }
  });

  it('keeps the safety questions word for word', () => {
    expect(instruments['PHQ-9'].items[8]?.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(instruments.ASQ.items[4]?.text).toBe('Are you having thoughts of killing yourself right now?');
    expect(instruments['PHQ-9'].instructions).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
  });

  it('lets only ASQ questions 1–4 be declined, and asks 5 only after a positive screen', () => {
    const asqItems = instruments.ASQ.items;
    expect(asqItems.every((item) => item.kind === 'yes-no')).toBe(true);
    expect(asqItems.map((item) => item.kind === 'yes-no' && item.allowsDeclined)).toEqual([true, true, true, true, false]);
    expect(asqItems[4]).toMatchObject({ required: false, askedOnlyIf: 'asq-positive-screen' });
  });

  it('uses the published option ranges', () => {
    const values = (id: keyof typeof instruments) => instruments[id].options.map((o) => o.value);
    expect(values('PHQ-9')).toEqual([0, 1, 2, 3]);
    expect(values('GAD-7')).toEqual([0, 1, 2, 3]);
    expect(values('PCL-5')).toEqual([0, 1, 2, 3, 4]);
    expect(values('MAIA-2')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(values('ASQ')).toEqual(['yes', 'no', 'declined']);
  });

  it('reverse-scores exactly MAIA-2 items 5–12 and 15', () => {
    const reversed = instruments['MAIA-2'].items.filter((item) => item.kind === 'scale' && item.reverseScored).map((item) => item.number);
    expect(reversed).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 15]);
  });

  it('puts every MAIA-2 item in exactly one scale', () => {
    const all = MAIA2_SCALES.flatMap((scale) => scale.items).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
  });

  it('recognises instrument ids from storage', () => {
    expect(isInstrumentId('PHQ-9')).toBe(true);
    expect(isInstrumentId('phq-9')).toBe(false);
    expect(isInstrumentId('C-SSRS')).toBe(false);
    expect(isInstrumentId(9)).toBe(false);
  });
});

describe('who answers each instrument', () => {
  it('lets clients fill the self-report questionnaires, and keeps the ASQ for a clinician to ask', () => {
    expect(Object.fromEntries(Object.values(instruments).map((i) => [i.id, i.administration]))).toEqual({
      'PHQ-9': 'self-report',
      'GAD-7': 'self-report',
      'PCL-5': 'self-report',
      ASQ: 'clinician-asked',
      'MAIA-2': 'self-report',
    });
  });
});
