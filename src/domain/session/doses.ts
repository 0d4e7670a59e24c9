import type { EntryIssue } from './adverse-events.js';

/**
 * Doses as given (clinical.md, "Record": medicine, dose in mg, route, time, who administered, lot
 * where known; PRN medicines with time). Holdspace never suggests a dose: nothing here holds a usual,
 * starting or maximum dose, no field is pre-filled, and no message names a number to give.
 */
export const ROUTES = [
  { code: 'sublingual', label: 'Sublingual' },
  { code: 'intramuscular', label: 'Intramuscular' },
  { code: 'intranasal', label: 'Intranasal' },
  { code: 'intravenous', label: 'IV' },
] as const;
export type Route = (typeof ROUTES)[number]['code'];
export const ROUTE_CODES = ROUTES.map((r) => r.code) as [Route, ...Route[]];

/** The medicines of the session itself; any other medicine given is a PRN entry. */
export const SESSION_MEDICINES = [
  { code: 'ketamine', label: 'Ketamine' },
  { code: 'esketamine', label: 'Esketamine (Spravato)' },
] as const;
export type SessionMedicine = (typeof SESSION_MEDICINES)[number]['code'];
export const SESSION_MEDICINE_CODES = SESSION_MEDICINES.map((m) => m.code) as [SessionMedicine, ...SessionMedicine[]];

export interface Dose {
  medicine: SessionMedicine;
  mg: number;
  route: Route;
  administeredAt: string;
  /** Staff user who gave it. */
  administeredBy: string;
  /** The prescriber whose order it was; the prescriber themselves when they gave it. */
  orderedBy: string;
  /** Lot number where known; empty when not. */
  lot: string;
}

export interface PrnMedicine {
  /** As named on the package: "ondansetron ODT". */
  medicine: string;
  /** Amount and unit as given, in words ("4 mg"); free text because PRN medicines vary. */
  amount: string;
  route: Route | 'oral' | 'other';
  givenAt: string;
  reason: string;
  administeredBy: string;
  orderedBy: string;
}

/**
 * An upper bound only to catch a slipped key (5000 for 50): it is not a clinical limit and is never shown
 * as one. Set well above any dose a practice records for these routes.
 */
export const MG_TYPO_GUARD = 2000;

export interface DoseContext {
  /** Care-team members who are prescribers for this client. */
  prescriberIds: readonly string[];
  /** When the session was opened; a dose cannot be before it. */
  openedAt: string;
  /** The server's now; a dose cannot be in the future (a small allowance is made for device clocks). */
  now: string;
}

const FUTURE_ALLOWANCE_MS = 2 * 60_000;

/** Checks a dose against who may order it and when it could have been given; never against an amount. */
export function checkDose(dose: Dose, context: DoseContext): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (!Number.isFinite(dose.mg) || dose.mg <= 0) issues.push({ path: 'mg', message: 'enter the dose given, in mg' });
  else if (dose.mg > MG_TYPO_GUARD) issues.push({ path: 'mg', message: 'this looks larger than a dose could be; please check the number' });
  if (dose.medicine === 'esketamine' && dose.route !== 'intranasal')
    issues.push({ path: 'route', message: 'esketamine (Spravato) is given intranasally' });
  issues.push(...checkOrderAndTime(dose.orderedBy, dose.administeredAt, 'administeredAt', context));
  return issues;
}

export function checkPrnMedicine(prn: PrnMedicine, context: DoseContext): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (!prn.medicine.trim()) issues.push({ path: 'medicine', message: 'name the medicine given' });
  if (!prn.reason.trim()) issues.push({ path: 'reason', message: 'say why it was given' });
  issues.push(...checkOrderAndTime(prn.orderedBy, prn.givenAt, 'givenAt', context));
  return issues;
}

function checkOrderAndTime(orderedBy: string, at: string, timePath: string, context: DoseContext): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (!context.prescriberIds.includes(orderedBy))
    issues.push({ path: 'orderedBy', message: 'name the prescriber on the care team whose order this was' });
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) issues.push({ path: timePath, message: 'give the time it was given' });
  else if (ms < Date.parse(context.openedAt)) issues.push({ path: timePath, message: 'is before the session was opened' });
  else if (ms > Date.parse(context.now) + FUTURE_ALLOWANCE_MS) issues.push({ path: timePath, message: 'is in the future' });
  return issues;
}

/** The session clock starts at the first dose of the session's medicine (clinical.md: vitals "after dose"). */
export function firstDoseAt(doses: readonly Dose[]): string | null {
  let first: string | null = null;
  for (const d of doses) if (first === null || Date.parse(d.administeredAt) < Date.parse(first)) first = d.administeredAt;
  return first;
}
