import type { SomaticVocabulary, VocabularyTerm } from '../../../domain/session/index';

/**
 * A new term's stored code, made from its label: lower-case letters, digits and underscores, starting
 * with a letter, not already taken in its group. The label can change later; the code never does.
 */
export function codeFromLabel(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, 36) || 'term';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.includes(`${base}_${n}`)) return `${base}_${n}`;
}

/** Adds a term at the end of its group (a blank label adds nothing). */
export function addTerm(vocabulary: SomaticVocabulary, category: keyof SomaticVocabulary, label: string): SomaticVocabulary {
  const clean = label.trim();
  if (!clean) return vocabulary;
  const terms = vocabulary[category];
  const term: VocabularyTerm = {
    code: codeFromLabel(
      clean,
      terms.map((t) => t.code),
    ),
    label: clean,
    retired: false,
  };
  return { ...vocabulary, [category]: [...terms, term] };
}

export function updateTerm(
  vocabulary: SomaticVocabulary,
  category: keyof SomaticVocabulary,
  index: number,
  change: Partial<Pick<VocabularyTerm, 'label' | 'retired'>>,
): SomaticVocabulary {
  return { ...vocabulary, [category]: vocabulary[category].map((t, i) => (i === index ? { ...t, ...change } : t)) };
}

/** A term added in this edit and not saved yet may be taken out again; a saved one can only be retired. */
export function removeUnsaved(
  vocabulary: SomaticVocabulary,
  saved: SomaticVocabulary,
  category: keyof SomaticVocabulary,
  index: number,
): SomaticVocabulary {
  const term = vocabulary[category][index];
  if (!term || saved[category].some((t) => t.code === term.code)) return vocabulary;
  return { ...vocabulary, [category]: vocabulary[category].filter((_, i) => i !== index) };
}
