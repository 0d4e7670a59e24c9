/**
 * Somatic observation vocabulary: what the therapist notices in the body during a session —
 * breath, posture, energy and movement (issue 10; the practice's own description of the work).
 * The practice may rename, add and retire terms. A term is never deleted once it exists, because
 * entries already logged point at its code; a retired term stays readable and is no longer offered.
 */
export const SOMATIC_CATEGORIES = ['breath', 'posture', 'energy', 'movement'] as const;
export type SomaticCategory = (typeof SOMATIC_CATEGORIES)[number];

export const SOMATIC_CATEGORY_LABELS: Record<SomaticCategory, string> = {
  breath: 'Breath',
  posture: 'Posture',
  energy: 'Energy',
  movement: 'Movement',
};

export interface VocabularyTerm {
  /** Stable code stored in entries: lower-case letters, digits and underscores. */
  code: string;
  label: string;
  retired: boolean;
}

export type SomaticVocabulary = Record<SomaticCategory, VocabularyTerm[]>;

const term = (code: string, label: string): VocabularyTerm => ({ code, label, retired: false });

/** The default vocabulary, in the words of issue 10. */
export const DEFAULT_SOMATIC_VOCABULARY: SomaticVocabulary = {
  breath: [term('slow', 'Slow'), term('fast', 'Fast'), term('held', 'Held'), term('sighing', 'Sighing'), term('deepening', 'Deepening')],
  posture: [term('curled', 'Curled'), term('open', 'Open'), term('rigid', 'Rigid'), term('restless', 'Restless'), term('still', 'Still')],
  energy: [term('low', 'Low'), term('settled', 'Settled'), term('rising', 'Rising'), term('activated', 'Activated')],
  movement: [term('trembling', 'Trembling'), term('shaking', 'Shaking'), term('reaching', 'Reaching'), term('stillness', 'Stillness')],
};

/** Limits that keep the console one tap per term: a row of buttons, each with a short label. */
export const VOCABULARY_LIMITS = { maxTermsPerCategory: 20, maxLabelLength: 40, maxCodeLength: 40 } as const;

const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

export interface VocabularyIssue {
  /** Dotted path into the vocabulary: `breath.2.label`. */
  path: string;
  message: string;
}

/** Checks an edited vocabulary on its own; `checkVocabularyEdit` also compares it with the one it replaces. */
export function checkVocabulary(vocabulary: SomaticVocabulary): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  for (const category of SOMATIC_CATEGORIES) {
    const terms = vocabulary[category];
    if (!Array.isArray(terms)) {
      issues.push({ path: category, message: 'needs a list of terms' });
      continue;
    }
    if (terms.filter((t) => !t.retired).length === 0) issues.push({ path: category, message: 'needs at least one term in use' });
    if (terms.length > VOCABULARY_LIMITS.maxTermsPerCategory)
      issues.push({ path: category, message: `can hold at most ${VOCABULARY_LIMITS.maxTermsPerCategory} terms` });
    issues.push(...checkTerms(category, terms));
  }
  return issues;
}

function checkTerms(category: SomaticCategory, terms: VocabularyTerm[]): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  const codes = new Set<string>();
  const labels = new Set<string>();
  terms.forEach((t, i) => {
    const at = `${category}.${i}`;
    if (!CODE_PATTERN.test(t.code) || t.code.length > VOCABULARY_LIMITS.maxCodeLength)
      issues.push({ path: `${at}.code`, message: 'use lower-case letters, digits and underscores, starting with a letter' });
    else if (codes.has(t.code)) issues.push({ path: `${at}.code`, message: 'is already used by another term in this group' });
    codes.add(t.code);
    const label = t.label.trim();
    if (!label) issues.push({ path: `${at}.label`, message: 'please give the term a label' });
    else if (label.length > VOCABULARY_LIMITS.maxLabelLength)
      issues.push({ path: `${at}.label`, message: `must be at most ${VOCABULARY_LIMITS.maxLabelLength} characters` });
    else if (!t.retired && labels.has(label.toLowerCase()))
      issues.push({ path: `${at}.label`, message: 'is the same as another term in this group' });
    if (!t.retired) labels.add(label.toLowerCase());
  });
  return issues;
}

/** An edit may rename, add and retire terms, but never remove a code: logged entries still point at it. */
export function checkVocabularyEdit(previous: SomaticVocabulary, next: SomaticVocabulary): VocabularyIssue[] {
  const issues = checkVocabulary(next);
  for (const category of SOMATIC_CATEGORIES) {
    const kept = new Set((next[category] ?? []).map((t) => t.code));
    for (const old of previous[category]) {
      if (!kept.has(old.code))
        issues.push({ path: category, message: `"${old.label}" cannot be removed because entries may use it; mark it retired instead` });
    }
  }
  return issues;
}

/** The terms the console offers for logging: those in use, in the practice's order. */
export function offeredTerms(vocabulary: SomaticVocabulary, category: SomaticCategory): VocabularyTerm[] {
  return vocabulary[category].filter((t) => !t.retired);
}

/** A term may be logged when it exists and is in use; the label is looked up for display even when retired. */
export function findTerm(vocabulary: SomaticVocabulary, category: SomaticCategory, code: string): VocabularyTerm | null {
  return vocabulary[category].find((t) => t.code === code) ?? null;
}
