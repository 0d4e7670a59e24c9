/**
 * What the therapist offers in the room (issue 10): grounding cues, co-regulation, words offered,
 * supportive touch — only of kinds the client consented to in preparation (issue 9) — and changes
 * to the environment with a short note (for example the music set).
 */
export const INTERVENTION_KINDS = [
  { code: 'grounding_cue', label: 'Grounding cue' },
  { code: 'co_regulation', label: 'Co-regulation' },
  { code: 'words_offered', label: 'Words offered' },
  { code: 'supportive_touch', label: 'Supportive touch' },
  { code: 'environment', label: 'Environment' },
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number]['code'];
export const INTERVENTION_KIND_CODES = INTERVENTION_KINDS.map((k) => k.code) as [InterventionKind, ...InterventionKind[]];

export const ENVIRONMENT_ASPECTS = [
  { code: 'light', label: 'Light' },
  { code: 'music', label: 'Music' },
  { code: 'temperature', label: 'Temperature' },
  { code: 'eyeshade', label: 'Eyeshade' },
  { code: 'blanket', label: 'Blanket' },
] as const;
export type EnvironmentAspect = (typeof ENVIRONMENT_ASPECTS)[number]['code'];
export const ENVIRONMENT_ASPECT_CODES = ENVIRONMENT_ASPECTS.map((a) => a.code) as [EnvironmentAspect, ...EnvironmentAspect[]];

/** Short, so it is typed in a few keys: "Set 2, slower", "eyeshade off". */
export const INTERVENTION_NOTE_MAX = 200;

export type Intervention =
  | { type: 'grounding_cue'; note: string }
  | { type: 'co_regulation'; note: string }
  | { type: 'words_offered'; note: string }
  | { type: 'supportive_touch'; touchKind: string; note: string }
  | { type: 'environment'; aspect: EnvironmentAspect; note: string };

/**
 * Touch kinds are codes from the client's touch consent (preparation, issue 9), such as
 * `hand_on_shoulder` or `holding_hand`. The console offers only the consented ones and the
 * server refuses any other, so this check is the one rule both use.
 */
export function touchRefusal(touchKind: string, consentedTouchKinds: readonly string[]): string | null {
  if (consentedTouchKinds.length === 0) return 'The client has not consented to supportive touch, so touch cannot be logged.';
  if (!consentedTouchKinds.includes(touchKind)) return 'The client has not consented to this kind of touch.';
  return null;
}
