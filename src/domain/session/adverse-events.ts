/**
 * Adverse events to record during a session, with time, severity, action and outcome
 * (clinical.md, "Ketamine session monitoring defaults").
 */
export const ADVERSE_EVENT_KINDS = [
  { code: 'nausea_vomiting', label: 'Nausea or vomiting' },
  { code: 'elevated_bp', label: 'Elevated blood pressure' },
  { code: 'anxiety_agitation', label: 'Anxiety or agitation' },
  { code: 'excessive_sedation', label: 'Excessive sedation' },
  { code: 'respiratory_concern', label: 'Respiratory concern' },
  { code: 'fall', label: 'Fall' },
  { code: 'other', label: 'Other' },
] as const;
export type AdverseEventKind = (typeof ADVERSE_EVENT_KINDS)[number]['code'];
export const ADVERSE_EVENT_KIND_CODES = ADVERSE_EVENT_KINDS.map((k) => k.code) as [AdverseEventKind, ...AdverseEventKind[]];

// Mild / moderate / severe is the common clinical grading of intensity; "serious" is a separate
// regulatory question (hospitalisation, life-threatening, …) that the Spravato REMS form asks.
export const SEVERITIES = [
  { code: 'mild', label: 'Mild' },
  { code: 'moderate', label: 'Moderate' },
  { code: 'severe', label: 'Severe' },
] as const;
export type Severity = (typeof SEVERITIES)[number]['code'];
export const SEVERITY_CODES = SEVERITIES.map((s) => s.code) as [Severity, ...Severity[]];

export const OUTCOMES = [
  { code: 'ongoing', label: 'Ongoing' },
  { code: 'improving', label: 'Improving' },
  { code: 'resolved', label: 'Resolved' },
  { code: 'transferred', label: 'Transferred to emergency care' },
] as const;
export type AdverseEventOutcome = (typeof OUTCOMES)[number]['code'];
export const OUTCOME_CODES = OUTCOMES.map((o) => o.code) as [AdverseEventOutcome, ...AdverseEventOutcome[]];

export interface AdverseEvent {
  eventKind: AdverseEventKind;
  /** Required when the kind is "other": what happened, in a few words. */
  otherDescription: string;
  severity: Severity;
  serious: boolean;
  actionTaken: string;
  outcome: AdverseEventOutcome;
}

/** A later word on an event already logged, such as nausea that has now settled. */
export interface AdverseEventOutcomeUpdate {
  adverseEventId: string;
  outcome: AdverseEventOutcome;
  note: string;
}

export interface EntryIssue {
  /** The field inside the entry's body: `otherDescription`, `mg`. */
  path: string;
  message: string;
}

export function checkAdverseEvent(event: AdverseEvent): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (event.eventKind === 'other' && !event.otherDescription.trim())
    issues.push({ path: 'otherDescription', message: 'say briefly what happened' });
  if (event.severity === 'severe' && !event.actionTaken.trim())
    issues.push({ path: 'actionTaken', message: 'record what was done for a severe event' });
  return issues;
}

/** Still unsettled: neither resolved nor handed to emergency care. */
export function isUnsettled(outcome: AdverseEventOutcome): boolean {
  return outcome === 'ongoing' || outcome === 'improving';
}
