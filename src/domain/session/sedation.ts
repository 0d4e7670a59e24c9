/**
 * MOAA/S — Modified Observer's Assessment of Alertness/Sedation, observer-rated 0–5, taken at each
 * vitals check (clinical.md, "Ketamine session monitoring defaults"; the Spravato label monitors
 * sedation the same way). The descriptions are the observer's, word for word from clinical.md.
 */
export const MOAAS_SCALE = [
  { score: 5, description: 'Responds readily to name in a normal tone' },
  { score: 4, description: 'Lethargic response to name in a normal tone' },
  { score: 3, description: 'Responds only after name is called loudly or repeatedly' },
  { score: 2, description: 'Responds only after mild prodding or shaking' },
  { score: 1, description: 'Responds only after a painful trapezius squeeze' },
  { score: 0, description: 'No response' },
] as const;

export type MoaasScore = (typeof MOAAS_SCALE)[number]['score'];
export const MOAAS_INSTRUMENT = { id: 'MOAA/S', name: "Modified Observer's Assessment of Alertness/Sedation" } as const;

export function isMoaasScore(value: unknown): value is MoaasScore {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}

export function moaasDescription(score: MoaasScore): string {
  return MOAAS_SCALE.find((s) => s.score === score)!.description;
}

/** Anything below 5 (fully alert) is some sedation; the REMS form asks whether sedation occurred. */
export function isSedated(score: MoaasScore): boolean {
  return score < 5;
}

/**
 * Licensed scales (CADSS for dissociation, and others) are never shipped: a clinician records their
 * score with the instrument's name (clinical.md, "Licensed instruments").
 */
export interface ClinicianEnteredScore {
  instrumentName: string;
  score: number;
  note: string;
}
