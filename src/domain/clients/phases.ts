export const CLIENT_PHASES = ['consultation', 'preparation', 'sessions', 'integration', 'completed', 'paused'] as const;
export type ClientPhase = (typeof CLIENT_PHASES)[number];

export const PHASE_LABELS: Record<ClientPhase, string> = {
  consultation: 'Consultation & assessment',
  preparation: 'Preparation',
  sessions: 'Ketamine sessions',
  integration: 'Integration',
  completed: 'Completed',
  paused: 'Paused',
};

/** The path as the chart draws it; "enquiry" is the step before someone becomes a client. */
export const PATH_STEPS = ['enquiry', 'consultation', 'preparation', 'sessions', 'integration', 'completed'] as const;

export type PhaseChangeProblem = 'same_phase' | 'reason_required';

/**
 * Clinicians move a client along the path by hand (the session gates of a later issue will guard the move
 * into sessions). Pausing or closing someone's care is a decision that always carries a reason.
 */
export function checkPhaseChange(from: ClientPhase, to: ClientPhase, reason: string | null): PhaseChangeProblem | null {
  if (from === to) return 'same_phase';
  if ((to === 'paused' || to === 'completed') && !reason?.trim()) return 'reason_required';
  return null;
}
