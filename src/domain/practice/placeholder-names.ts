/**
 * Until an admin names the practice and the therapist, the site speaks with placeholders
 * ("your practice", "your therapist"). A placeholder is a common noun: lower case mid-sentence,
 * capitalized at the start of one. A real name keeps its own capitals wherever it stands.
 */
export const PLACEHOLDER_PRACTICE_NAME = 'your practice';
export const PLACEHOLDER_THERAPIST_NAME = 'your therapist';

const PLACEHOLDERS = new Set([PLACEHOLDER_PRACTICE_NAME, PLACEHOLDER_THERAPIST_NAME]);

export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDERS.has(name.trim().toLowerCase());
}

/** The name as it reads inside a sentence ("talk with your therapist"). */
export function nameMidSentence(name: string): string {
  return isPlaceholderName(name) ? name.trim().toLowerCase() : name;
}

/** The name as it reads at the start of a sentence or as a heading ("Your therapist will call"). */
export function nameAtSentenceStart(name: string): string {
  const trimmed = isPlaceholderName(name) ? name.trim().toLowerCase() : name;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

// A sentence starts at the beginning of the text, after . ! ? (with optional closing quote or bracket)
// and spaces, after a line break, or right after an opening block tag such as <p>, <li> or <h2>.
const SENTENCE_START = /(^|[.!?]["”’)]?\s+|\n\s*|<(?:p|li|h[1-6]|td|th|blockquote|strong|em)>\s*)$/;

/** True when text placed at `index` in `before` would begin a sentence. */
export function startsSentence(before: string): boolean {
  return SENTENCE_START.test(before);
}

/** Replaces each `token` in `text` with the name, cased for where it stands. */
export function fillName(text: string, token: string, name: string, encode: (value: string) => string = (v) => v): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, from)) {
    const before = text.slice(from, at);
    out += before;
    out += encode(startsSentence(out) ? nameAtSentenceStart(name) : nameMidSentence(name));
    from = at + token.length;
  }
  return out + text.slice(from);
}
