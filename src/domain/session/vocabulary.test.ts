import { describe, expect, it } from 'vitest';
import {
  checkVocabulary,
  checkVocabularyEdit,
  DEFAULT_SOMATIC_VOCABULARY,
  findTerm,
  offeredTerms,
  SOMATIC_CATEGORIES,
  type SomaticVocabulary,
  VOCABULARY_LIMITS,
} from './vocabulary.js';

const copy = (): SomaticVocabulary => structuredClone(DEFAULT_SOMATIC_VOCABULARY);
const codes = (v: SomaticVocabulary, c: keyof SomaticVocabulary) => v[c].map((t) => t.code);

describe('default somatic vocabulary', () => {
  it('has the terms of issue 10, in its order', () => {
    expect(codes(DEFAULT_SOMATIC_VOCABULARY, 'breath')).toEqual(['slow', 'fast', 'held', 'sighing', 'deepening']);
    expect(codes(DEFAULT_SOMATIC_VOCABULARY, 'posture')).toEqual(['curled', 'open', 'rigid', 'restless', 'still']);
    expect(codes(DEFAULT_SOMATIC_VOCABULARY, 'energy')).toEqual(['low', 'settled', 'rising', 'activated']);
    expect(codes(DEFAULT_SOMATIC_VOCABULARY, 'movement')).toEqual(['trembling', 'shaking', 'reaching', 'stillness']);
    expect(SOMATIC_CATEGORIES).toEqual(['breath', 'posture', 'energy', 'movement']);
  });

  it('is itself valid, and nothing in it is retired', () => {
    expect(checkVocabulary(DEFAULT_SOMATIC_VOCABULARY)).toEqual([]);
    for (const c of SOMATIC_CATEGORIES) expect(DEFAULT_SOMATIC_VOCABULARY[c].every((t) => !t.retired)).toBe(true);
  });
});

describe('checkVocabulary', () => {
  it('accepts a renamed label and an added term', () => {
    const v = copy();
    v.breath[0]!.label = 'Slowing';
    v.breath.push({ code: 'shallow', label: 'Shallow', retired: false });
    expect(checkVocabulary(v)).toEqual([]);
  });

  it('names a bad code, a repeated code, a blank label and a repeated label by their paths', () => {
    const v = copy();
    v.breath.push({ code: 'Shallow Breath', label: 'Shallow', retired: false });
    v.posture.push({ code: 'open', label: 'Open again', retired: false });
    v.energy[1]!.label = '   ';
    v.movement.push({ code: 'shaking_2', label: 'shaking', retired: false });
    expect(checkVocabulary(v)).toEqual([
      { path: 'breath.5.code', message: expect.stringContaining('lower-case') },
      { path: 'posture.5.code', message: 'is already used by another term in this group' },
      { path: 'energy.1.label', message: 'please give the term a label' },
      { path: 'movement.4.label', message: 'is the same as another term in this group' },
    ]);
  });

  it('allows a retired term to share a label with the one that replaced it', () => {
    const v = copy();
    v.breath[0]!.retired = true;
    v.breath.push({ code: 'slow_2', label: 'Slow', retired: false });
    expect(checkVocabulary(v)).toEqual([]);
  });

  it('needs at least one term in use in every group, and not too many', () => {
    const v = copy();
    v.energy = v.energy.map((t) => ({ ...t, retired: true }));
    v.breath = Array.from({ length: VOCABULARY_LIMITS.maxTermsPerCategory + 1 }, (_, i) => ({
      code: `b${i}`,
      label: `B ${i}`,
      retired: false,
    }));
    expect(checkVocabulary(v)).toEqual([
      { path: 'breath', message: 'can hold at most 20 terms' },
      { path: 'energy', message: 'needs at least one term in use' },
    ]);
  });

  it('refuses a label too long for a button', () => {
    const v = copy();
    v.posture[0]!.label = 'x'.repeat(VOCABULARY_LIMITS.maxLabelLength + 1);
    expect(checkVocabulary(v)).toEqual([{ path: 'posture.0.label', message: 'must be at most 40 characters' }]);
  });

  it('names a group that is missing altogether', () => {
    const v = copy() as Partial<SomaticVocabulary>;
    delete v.movement;
    expect(checkVocabulary(v as SomaticVocabulary)).toEqual([{ path: 'movement', message: 'needs a list of terms' }]);
  });
});

describe('checkVocabularyEdit', () => {
  it('refuses removing a term, because logged entries point at it, and suggests retiring it', () => {
    const next = copy();
    next.breath = next.breath.filter((t) => t.code !== 'held');
    expect(checkVocabularyEdit(DEFAULT_SOMATIC_VOCABULARY, next)).toEqual([
      { path: 'breath', message: '"Held" cannot be removed because entries may use it; mark it retired instead' },
    ]);
  });

  it('accepts retiring and reordering', () => {
    const next = copy();
    next.breath[2]!.retired = true;
    next.breath.reverse();
    expect(checkVocabularyEdit(DEFAULT_SOMATIC_VOCABULARY, next)).toEqual([]);
  });
});

describe('offeredTerms and findTerm', () => {
  it('offers only terms in use but still finds a retired one for display', () => {
    const v = copy();
    v.breath[2]!.retired = true;
    expect(offeredTerms(v, 'breath').map((t) => t.code)).toEqual(['slow', 'fast', 'sighing', 'deepening']);
    expect(findTerm(v, 'breath', 'held')).toEqual({ code: 'held', label: 'Held', retired: true });
    expect(findTerm(v, 'breath', 'panting')).toBeNull();
  });
});
