/**
 * The requirements a ketamine session must meet before it may start. Codes are stable: overrides,
 * audit rows and the web screens name a requirement by its code.
 */
export const GATE_REQUIREMENTS = [
  'consultation_proceed',
  'medical_screening',
  'medical_clearance',
  'consents_signed',
  'preparation_complete',
  'safety_plan',
  'touch_preferences',
  'safety_flags_acknowledged',
  'readiness_fasting',
  'readiness_ride_home',
  'readiness_no_driving',
] as const;
export type GateRequirement = (typeof GATE_REQUIREMENTS)[number];

/** Who can resolve an unmet requirement. */
export const RESOLVERS = ['therapist', 'prescriber', 'client', 'staff_on_arrival', 'admin'] as const;
export type Resolver = (typeof RESOLVERS)[number];

export const RESOLVER_LABELS: Record<Resolver, string> = {
  therapist: 'The therapist',
  prescriber: 'The prescriber',
  client: 'The client, in the portal',
  staff_on_arrival: 'Staff when the client arrives',
  admin: 'An admin',
};

/**
 * Informed consent is the client's own act: no clinician may sign it away for them, so a prescriber
 * cannot override it (docs/decisions/0020). Everything else a prescriber may override, one at a time.
 */
export const NOT_OVERRIDABLE: readonly GateRequirement[] = ['consents_signed'];

export function isOverridable(code: GateRequirement): boolean {
  return !NOT_OVERRIDABLE.includes(code);
}
