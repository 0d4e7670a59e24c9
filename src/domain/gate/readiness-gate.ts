import { type ClearanceDates, clearanceStatus } from '../medical/clearance-status.js';
import { READINESS_ITEMS, type ReadinessItem } from '../preparation/vocabulary.js';
import { type GateRequirement, isOverridable, RESOLVER_LABELS, type Resolver } from './requirements.js';

/** What the gate needs to know about one client, gathered by the server; no IO here. */
export interface GateFacts {
  /** The newest signed consultation, if any. */
  consultation: { decision: string | null } | null;
  screeningRecordedAt: string | null;
  clearances: readonly (ClearanceDates & { recordedAt: string })[];
  /** Every required consent document, its current version and the newest version this client signed. */
  requiredConsents: readonly { key: string; title: string; currentVersion: number; signedVersion: number | null }[];
  preparationCompletedAt: string | null;
  hasSafetyPlan: boolean;
  hasTouchPreferences: boolean;
  openSafetyFlags: readonly { id: string; label: string }[];
  /** Set when the gate is asked about one planned session: its readiness checks and overrides count. */
  plannedSession: {
    id: string;
    confirmed: readonly ReadinessItem[];
    overrides: readonly GateOverride[];
  } | null;
}

export interface GateOverride {
  id: string;
  requirement: GateRequirement;
  reason: string;
  prescriberName: string;
  at: string;
}

export interface GateItem {
  code: GateRequirement;
  state: 'met' | 'unmet' | 'overridden';
  label: string;
  message: string;
  details: string[];
  resolvedBy: Resolver[];
  resolvedByText: string;
  overridable: boolean;
  override: GateOverride | null;
}

export interface GateResult {
  date: string;
  plannedSessionId: string | null;
  holds: boolean;
  items: GateItem[];
  unmet: GateRequirement[];
}

interface Check {
  code: GateRequirement;
  label: string;
  resolvedBy: Resolver[];
  met: boolean;
  message: string;
  details?: string[];
}

function whoText(resolvers: readonly Resolver[]): string {
  const names = resolvers.map((r, i) =>
    i === 0 ? RESOLVER_LABELS[r] : RESOLVER_LABELS[r].charAt(0).toLowerCase() + RESOLVER_LABELS[r].slice(1),
  );
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function consultationCheck(facts: GateFacts): Check {
  const base = {
    code: 'consultation_proceed' as const,
    label: 'Consultation signed with the decision “proceed”',
    resolvedBy: ['therapist' as const],
  };
  if (!facts.consultation) return { ...base, met: false, message: 'No consultation record has been signed yet.' };
  if (facts.consultation.decision !== 'proceed_to_preparation')
    return { ...base, met: false, message: 'The signed consultation did not decide to proceed to preparation.' };
  return { ...base, met: true, message: 'The consultation is signed with the decision to proceed.' };
}

function screeningCheck(facts: GateFacts): Check {
  const base = { code: 'medical_screening' as const, label: 'Medical screening recorded', resolvedBy: ['prescriber' as const] };
  return facts.screeningRecordedAt
    ? { ...base, met: true, message: 'The prescriber has recorded the medical screening.' }
    : { ...base, met: false, message: 'The medical screening has not been recorded.' };
}

/** A clearance counts only if recorded after a screening, and only if it holds on the session's date. */
function clearanceCheck(facts: GateFacts, date: string): Check {
  const base = {
    code: 'medical_clearance' as const,
    label: 'Medical clearance valid on the session date',
    resolvedBy: ['prescriber' as const],
  };
  const screenedAt = facts.screeningRecordedAt;
  const eligible = screenedAt ? facts.clearances.filter((c) => c.recordedAt >= screenedAt) : [];
  const valid = eligible.find((c) => clearanceStatus(c, date) === 'valid');
  if (valid) return { ...base, met: true, message: `Medical clearance is valid through ${valid.validUntil}.` };
  if (eligible.length === 0)
    return {
      ...base,
      met: false,
      message: screenedAt ? 'No medical clearance has been recorded.' : 'No medical clearance has been recorded after a screening.',
    };
  const newest = [...eligible].sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0]!;
  const status = clearanceStatus(newest, date);
  const message =
    status === 'withdrawn'
      ? 'The medical clearance was withdrawn.'
      : status === 'not_yet_valid'
        ? `The medical clearance starts on ${newest.clearedOn}, after this date.`
        : `The medical clearance ran out on ${newest.validUntil}.`;
  return { ...base, met: false, message };
}

function consentCheck(facts: GateFacts): Check {
  const base = {
    code: 'consents_signed' as const,
    label: 'Current versions of every required consent signed',
    resolvedBy: ['client' as const],
  };
  const missing = facts.requiredConsents.filter((c) => c.signedVersion !== c.currentVersion);
  if (missing.length === 0) return { ...base, met: true, message: 'Every required consent is signed in its current version.' };
  const details = missing.map((c) =>
    c.signedVersion === null ? `${c.title}: not signed yet` : `${c.title}: a new version (${c.currentVersion}) is waiting to be signed`,
  );
  return { ...base, met: false, message: 'Some required consents still need the client’s signature.', details };
}

function simpleCheck(code: GateRequirement, label: string, resolvedBy: Resolver[], met: boolean, yes: string, no: string): Check {
  return { code, label, resolvedBy, met, message: met ? yes : no };
}

function flagsCheck(facts: GateFacts): Check {
  const open = facts.openSafetyFlags;
  return {
    code: 'safety_flags_acknowledged',
    label: 'No unacknowledged safety flag',
    resolvedBy: ['therapist', 'prescriber'],
    met: open.length === 0,
    message:
      open.length === 0
        ? 'No safety flag is waiting.'
        : `${open.length === 1 ? 'A safety flag is' : `${open.length} safety flags are`} waiting to be acknowledged.`,
    details: open.map((f) => f.label),
  };
}

const READINESS_CODES: Record<ReadinessItem, GateRequirement> = {
  fasting: 'readiness_fasting',
  ride_home: 'readiness_ride_home',
  no_driving: 'readiness_no_driving',
};

function readinessChecks(session: NonNullable<GateFacts['plannedSession']>): Check[] {
  return READINESS_ITEMS.map((item) => {
    const met = session.confirmed.includes(item.code);
    return {
      code: READINESS_CODES[item.code],
      label: item.label,
      resolvedBy: ['client', 'staff_on_arrival'],
      met,
      message: met ? 'Confirmed.' : 'Not confirmed yet: the client can confirm the day before, or staff on arrival.',
    };
  });
}

/**
 * May a ketamine session start on this date? Every requirement is listed, met or not, so the chart can show
 * what remains and who can resolve it. An override from the planned session covers its one requirement.
 */
export function evaluateReadinessGate(facts: GateFacts, date: string): GateResult {
  const checks: Check[] = [
    consultationCheck(facts),
    screeningCheck(facts),
    clearanceCheck(facts, date),
    consentCheck(facts),
    simpleCheck(
      'preparation_complete',
      'Preparation marked complete',
      ['therapist'],
      facts.preparationCompletedAt !== null,
      'The therapist marked preparation complete.',
      'Preparation has not been marked complete.',
    ),
    simpleCheck(
      'safety_plan',
      'A safety plan exists',
      ['therapist'],
      facts.hasSafetyPlan,
      'A safety plan is on file.',
      'There is no safety plan yet.',
    ),
    simpleCheck(
      'touch_preferences',
      'Touch and support preferences recorded',
      ['therapist'],
      facts.hasTouchPreferences,
      'Touch and support preferences are recorded.',
      'Touch and support preferences have not been recorded.',
    ),
    flagsCheck(facts),
    ...(facts.plannedSession ? readinessChecks(facts.plannedSession) : []),
  ];
  const overrides = facts.plannedSession?.overrides ?? [];
  const items: GateItem[] = checks.map((check) => {
    const override = check.met ? null : (overrides.find((o) => o.requirement === check.code && isOverridable(check.code)) ?? null);
    return {
      code: check.code,
      state: check.met ? 'met' : override ? 'overridden' : 'unmet',
      label: check.label,
      message: override ? `${check.message} Overridden by ${override.prescriberName}: ${override.reason}` : check.message,
      details: check.details ?? [],
      resolvedBy: check.resolvedBy,
      resolvedByText: `${whoText(check.resolvedBy)}.`,
      overridable: isOverridable(check.code),
      override,
    };
  });
  const unmet = items.filter((i) => i.state === 'unmet').map((i) => i.code);
  return { date, plannedSessionId: facts.plannedSession?.id ?? null, holds: unmet.length === 0, items, unmet };
}
