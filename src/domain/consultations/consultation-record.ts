import type { ClientPhase } from '../clients/phases.js';

// What brings people to KAP, in the words of the practice's own pages (shared/seeds).
export const PRESENTING_CONCERNS = [
  { code: 'depression_not_improved', label: 'Depression that has not improved with therapy or medication' },
  { code: 'trauma_affecting_daily_life', label: 'Trauma that continues to affect daily life' },
  { code: 'persistent_anxiety', label: 'Persistent anxiety or emotional overwhelm' },
  { code: 'numb_or_disconnected', label: 'Feeling emotionally numb or disconnected' },
  { code: 'painful_memories', label: 'Difficulty processing painful memories or experiences' },
  { code: 'stuck_patterns', label: 'Feeling stuck in the same emotional patterns' },
  { code: 'other', label: 'Other' },
] as const;
export type PresentingConcern = (typeof PRESENTING_CONCERNS)[number]['code'];

export const RELATED_THERAPIES = [
  { code: 'trauma_therapy', label: 'Trauma therapy' },
  { code: 'emdr', label: 'EMDR' },
  { code: 'other', label: 'Other' },
] as const;
export type RelatedTherapy = (typeof RELATED_THERAPIES)[number]['code'];

export const CONSULTATION_DECISIONS = [
  { code: 'proceed_to_preparation', label: 'Proceed to preparation' },
  { code: 'refer_medical_evaluation', label: 'Refer for medical evaluation' },
  { code: 'different_approach', label: 'Another approach fits better' },
  { code: 'not_now', label: 'Not now' },
] as const;
export type ConsultationDecision = (typeof CONSULTATION_DECISIONS)[number]['code'];

/** The sections a signed record can be amended in (the original text always stays). */
export const AMENDABLE_SECTIONS = ['history', 'goals', 'presenting_concerns', 'related_therapies', 'fit', 'decision', 'other'] as const;
export type AmendableSection = (typeof AMENDABLE_SECTIONS)[number];

export interface ConsultationDraft {
  heldOn: string;
  goals: string;
  presentingConcerns: readonly PresentingConcern[];
  presentingOther: string;
  relatedTherapies: readonly RelatedTherapy[];
  relatedOther: string;
  decision: ConsultationDecision | null;
  decisionReasons: string;
}

export interface MissingForSignature {
  field: string;
  message: string;
}

/** A record can be signed once it says what brings the person, their goals, and a decision with its reasons. */
export function missingForSignature(draft: ConsultationDraft): MissingForSignature[] {
  const missing: MissingForSignature[] = [];
  if (!draft.heldOn) missing.push({ field: 'heldOn', message: 'add the date the consultation took place' });
  if (draft.presentingConcerns.length === 0)
    missing.push({ field: 'presentingConcerns', message: 'choose at least one thing that brings them' });
  if (draft.presentingConcerns.includes('other') && !draft.presentingOther.trim()) {
    missing.push({ field: 'presentingOther', message: 'describe the "other" reason' });
  }
  if (draft.relatedTherapies.includes('other') && !draft.relatedOther.trim()) {
    missing.push({ field: 'relatedOther', message: 'name the other related therapy' });
  }
  if (!draft.goals.trim()) missing.push({ field: 'goals', message: 'record their goals for therapy' });
  if (!draft.decision) missing.push({ field: 'decision', message: 'record the decision' });
  if (!draft.decisionReasons.trim()) missing.push({ field: 'decisionReasons', message: 'give the reasons for the decision' });
  return missing;
}

/** Where the client goes on the path once the consultation decision is signed. */
export function phaseAfterDecision(decision: ConsultationDecision): ClientPhase {
  switch (decision) {
    case 'proceed_to_preparation':
      return 'preparation';
    case 'refer_medical_evaluation':
      return 'consultation';
    case 'different_approach':
      return 'completed';
    case 'not_now':
      return 'paused';
  }
}
