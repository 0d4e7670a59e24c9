import {
  type AmendableSection,
  CONSULTATION_DECISIONS,
  type ConsultationDecision,
  PRESENTING_CONCERNS,
  RELATED_THERAPIES,
} from '../../../domain/consultations/consultation-record';

export { CONSULTATION_DECISIONS, PRESENTING_CONCERNS, RELATED_THERAPIES };

/** Labels for each field, also used to link an error summary's entries to their fields. */
export const DRAFT_LABELS = {
  heldOn: 'Date of the consultation',
  emotionalHistory: 'Emotional history',
  traumaHistory: 'Trauma history',
  priorTreatment: 'Prior treatment',
  currentMedications: 'Current medications',
  goals: 'Their goals for therapy',
  presentingConcerns: 'What brings them',
  presentingOther: 'Other: in their words',
  relatedTherapies: 'Related therapies they have had',
  relatedOther: 'The other related therapy',
  fitNotes: 'Fit for ketamine-assisted psychotherapy',
  decision: 'Decision',
  decisionReasons: 'Reasons for the decision',
} as const;

/** What signing does with each decision (domain phaseAfterDecision), said before the therapist signs. */
export const DECISION_HINTS: Record<ConsultationDecision, string> = {
  proceed_to_preparation: 'On signing, they move to Preparation.',
  refer_medical_evaluation: 'They stay in Consultation & assessment while the evaluation happens.',
  different_approach: 'On signing, their care here is marked completed.',
  not_now: 'On signing, their care is paused.',
};

export const SECTION_LABELS: Record<AmendableSection, string> = {
  history: 'History',
  goals: 'Goals',
  presenting_concerns: 'What brings them',
  related_therapies: 'Related therapies',
  fit: 'Fit',
  decision: 'Decision',
  other: 'Other',
};

export function decisionLabel(code: ConsultationDecision | null): string {
  return CONSULTATION_DECISIONS.find((d) => d.code === code)?.label ?? 'Not recorded';
}

export function concernLabel(code: string): string {
  return PRESENTING_CONCERNS.find((c) => c.code === code)?.label ?? code;
}

export function therapyLabel(code: string): string {
  return RELATED_THERAPIES.find((t) => t.code === code)?.label ?? code;
}
