import { describe, expect, it } from 'vitest';
import { DEFAULT_SOMATIC_VOCABULARY } from '../../../domain/session/index';
import { addTerm, codeFromLabel, removeUnsaved, updateTerm } from './vocabulary-edit';

describe('editing the somatic vocabulary', () => {
  it('makes a stored code from a label', () => {
    expect(codeFromLabel('Shallow breath', [])).toBe('shallow_breath');
    expect(codeFromLabel('  Élan! ', [])).toBe('elan');
    expect(codeFromLabel('3 sighs', [])).toBe('sighs');
    expect(codeFromLabel('!!!', [])).toBe('term');
    expect(codeFromLabel('Slow', ['slow', 'slow_2'])).toBe('slow_3');
  });

  it('adds a term at the end of its group, never with a blank label', () => {
    const v = addTerm(DEFAULT_SOMATIC_VOCABULARY, 'breath', 'Shallow');
    expect(v.breath.at(-1)).toEqual({ code: 'shallow', label: 'Shallow', retired: false });
    expect(addTerm(DEFAULT_SOMATIC_VOCABULARY, 'breath', '  ')).toBe(DEFAULT_SOMATIC_VOCABULARY);
  });

  it('renames and retires a term, keeping its code', () => {
    const v = updateTerm(DEFAULT_SOMATIC_VOCABULARY, 'posture', 0, { label: 'Curled up', retired: true });
    expect(v.posture[0]).toEqual({ code: 'curled', label: 'Curled up', retired: true });
    expect(DEFAULT_SOMATIC_VOCABULARY.posture[0]!.label).toBe('Curled');
  });

  it('takes out only a term not saved yet', () => {
    const added = addTerm(DEFAULT_SOMATIC_VOCABULARY, 'energy', 'Buzzing');
    const last = added.energy.length - 1;
    expect(removeUnsaved(added, DEFAULT_SOMATIC_VOCABULARY, 'energy', last).energy).toEqual(DEFAULT_SOMATIC_VOCABULARY.energy);
    expect(removeUnsaved(added, DEFAULT_SOMATIC_VOCABULARY, 'energy', 0)).toBe(added);
  });
});
