import { describe, expect, it } from 'vitest';
import { validateClinicianEnteredScore } from './clinician-entered-score.js';

describe('validateClinicianEnteredScore', () => {
  it('accepts a named licensed instrument with a score and note, tidied', () => {
    expect(validateClinicianEnteredScore({ instrumentName: '  CADSS  ', score: 14, note: '  after dosing ' })).toEqual({
      ok: true,
      value: { instrumentName: 'CADSS', score: 14, note: 'after dosing' },
    });
  });

  it('accepts decimal scores and no note', () => {
    expect(validateClinicianEnteredScore({ instrumentName: 'MEQ-30', score: 3.4 })).toEqual({
      ok: true,
      value: { instrumentName: 'MEQ-30', score: 3.4, note: null },
    });
    expect(validateClinicianEnteredScore({ instrumentName: 'C-SSRS', score: 0, note: '   ' })).toMatchObject({
      ok: true,
      value: { note: null },
    });
  });

  it('requires a name of 1–80 characters', () => {
    expect(validateClinicianEnteredScore({ instrumentName: '   ', score: 1 })).toMatchObject({
      ok: false,
      issues: [{ field: 'instrumentName', reason: 'required' }],
    });
    expect(validateClinicianEnteredScore({ instrumentName: 'x'.repeat(80), score: 1 }).ok).toBe(true);
    expect(validateClinicianEnteredScore({ instrumentName: 'x'.repeat(81), score: 1 })).toMatchObject({
      ok: false,
      issues: [{ field: 'instrumentName', reason: 'too_long' }],
    });
    expect(validateClinicianEnteredScore({ instrumentName: 42, score: 1 })).toMatchObject({
      ok: false,
      issues: [{ field: 'instrumentName', reason: 'not_text' }],
    });
  });

  it.each(['PHQ-9', 'phq9', 'PHQ 9', 'asq', 'Gad-7', 'PCL5', 'maia 2'])(
    'sends %s to its own form so its questions are checked',
    (instrumentName) => {
      expect(validateClinicianEnteredScore({ instrumentName, score: 5 })).toMatchObject({
        ok: false,
        issues: [{ field: 'instrumentName', reason: 'shipped_instrument' }],
      });
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '12', {}])('refuses a score of %s', (score) => {
    expect(validateClinicianEnteredScore({ instrumentName: 'EBI', score })).toMatchObject({
      ok: false,
      issues: [{ field: 'score', reason: 'not_a_number' }],
    });
  });

  it('requires a score', () => {
    expect(validateClinicianEnteredScore({ instrumentName: 'CEQ', score: undefined })).toMatchObject({
      ok: false,
      issues: [{ field: 'score', reason: 'required' }],
    });
  });

  it('limits the note and reports every problem at once', () => {
    const result = validateClinicianEnteredScore({ instrumentName: '', score: 'a', note: 'n'.repeat(2001) });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { field: 'instrumentName', reason: 'required' },
        { field: 'score', reason: 'not_a_number' },
        { field: 'note', reason: 'too_long' },
      ],
    });
  });
});
