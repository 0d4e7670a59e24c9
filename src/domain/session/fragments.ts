/**
 * Fragments: what surfaces during the session, noted as it comes, in the client's own words —
 * a sensation, an image, a feeling, a memory (issue 10). They are kept for integration to pick up.
 */
export const FRAGMENT_KINDS = [
  { code: 'sensation', label: 'Sensation' },
  { code: 'image', label: 'Image' },
  { code: 'feeling', label: 'Feeling' },
  { code: 'memory', label: 'Memory' },
] as const;
export type FragmentKind = (typeof FRAGMENT_KINDS)[number]['code'];
export const FRAGMENT_KIND_CODES = FRAGMENT_KINDS.map((k) => k.code) as [FragmentKind, ...FragmentKind[]];

/** Room for a few sentences typed fast; long reflection belongs in the integration notes. */
export const FRAGMENT_WORDS_MAX = 2000;

export interface Fragment {
  fragmentKind: FragmentKind;
  /** The client's words, as spoken; never rewritten by the software. */
  words: string;
}
