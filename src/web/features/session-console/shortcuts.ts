/**
 * Single-key shortcuts, shown on the buttons. Letters with a meaning are kept for the actions people
 * reach for by name; the somatic terms take the digits and the remaining letters in order, so a
 * practice's own vocabulary still gets one key per term.
 */
export const ACTION_KEYS = {
  fragment: 'f',
  dim: 'd',
  vitals: 'v',
  note: 'n',
  adverse: 'a',
  grounding_cue: 'g',
  co_regulation: 'c',
  words_offered: 'o',
  supportive_touch: 't',
  environment: 'e',
  dose: 'm',
  prn: 'p',
  decision: 'b',
  help: '?',
} as const;

const RESERVED = new Set<string>(Object.values(ACTION_KEYS));
const TERM_POOL = [...'1234567890qwrysuhijklzbmpx'].filter((key) => !RESERVED.has(key));

/** One key per term in order, while keys last; terms past the pool are still one tap. */
export function assignTermKeys<T>(terms: readonly T[]): { term: T; key: string | null }[] {
  return terms.map((term, index) => ({ term, key: TERM_POOL[index] ?? null }));
}

/** Typing in a field must never log anything. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The key a shortcut listens for, or null when a modifier means the browser or system wants it. */
export function shortcutKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return event.key.length === 1 ? event.key.toLowerCase() : null;
}
