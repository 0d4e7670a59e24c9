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

/** Every chart starts here, whether opened by hand or from a consultation request. */
export const FIRST_PHASE = 'consultation' satisfies ClientPhase;

/** What moved the client: the chart being opened, a signed consultation's decision, or a clinician by hand. */
export const PHASE_CHANGE_CAUSES = ['chart_opened', 'consultation_signed', 'manual'] as const;
export type PhaseChangeCause = (typeof PHASE_CHANGE_CAUSES)[number];

/**
 * The readiness gate's verdict on one client, built elsewhere (issue 9) and handed in by the server.
 * `unmet` holds codes, never clinical text. An override needs a named prescriber and a reason.
 */
export interface GateResult {
  readonly holds: boolean;
  readonly unmet: readonly string[];
  readonly override?: { readonly prescriberId: string; readonly reason: string } | undefined;
}

/** Phases a client may enter only when the readiness gate holds or a prescriber has overridden it. */
export const GATED_PHASES: readonly ClientPhase[] = ['sessions'];

export interface TransitionFacts {
  readonly reason: string | null;
  readonly cause: PhaseChangeCause;
  /** Absent until the readiness gate is built; once it is, the server always passes it for a gated phase. */
  readonly gate?: GateResult | undefined;
}

export type UnmetRequirement =
  | { readonly code: 'same_phase' }
  | { readonly code: 'not_first_phase' }
  | { readonly code: 'reason_required' }
  | { readonly code: 'readiness_gate'; readonly unmet: readonly string[] };

/**
 * Whether a client may move from one phase to another (from null: the chart is being opened), and what is
 * missing if not. Clinicians move a client along the path by hand; pausing or closing someone's care is a
 * decision that always carries a reason; entering sessions needs the readiness gate once it is built.
 */
export function checkTransition(from: ClientPhase | null, to: ClientPhase, facts: TransitionFacts): UnmetRequirement[] {
  if (from === null) return to === FIRST_PHASE ? [] : [{ code: 'not_first_phase' }];
  if (from === to) return [{ code: 'same_phase' }];
  const unmet: UnmetRequirement[] = [];
  if ((to === 'paused' || to === 'completed') && !facts.reason?.trim()) unmet.push({ code: 'reason_required' });
  const gate = facts.gate;
  if (GATED_PHASES.includes(to) && gate && !gate.holds && !gate.override) unmet.push({ code: 'readiness_gate', unmet: gate.unmet });
  return unmet;
}
