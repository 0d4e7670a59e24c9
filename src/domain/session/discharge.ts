import type { BloodPressure, MonitoringSettings } from '../medical/monitoring-settings.js';
import { isUnsettled } from './adverse-events.js';
import { bpWithinAlertThresholds } from './alerts.js';
import { minutesBetween, toMs } from './clock.js';
import type { ConsoleSettings } from './console-settings.js';
import type { TimedReading } from './vitals.js';
import { formatBp } from './vitals.js';
import { dischargeReading } from './vitals-schedule.js';

/**
 * Discharge checklist (clinical.md, "Discharge checklist"): minimum observation elapsed; BP back
 * within the alert thresholds; alert and oriented; steady on their feet; nausea settled; escort
 * present; no-driving acknowledged. Discharge before all hold needs the prescriber's recorded reason.
 * The minimum observation is 120 min from the first dose by default (clinical.md, "Observation").
 */
export const DISCHARGE_ITEMS = [
  { code: 'minimum_observation', label: 'Minimum observation time has passed' },
  { code: 'bp_within_thresholds', label: 'Blood pressure is back within the alert thresholds' },
  { code: 'alert_and_oriented', label: 'Alert and oriented' },
  { code: 'steady_on_feet', label: 'Steady on their feet' },
  { code: 'nausea_settled', label: 'Nausea has settled' },
  { code: 'escort_present', label: 'Escort is present' },
  { code: 'no_driving_acknowledged', label: 'No driving until the next day is acknowledged' },
] as const;
export type DischargeItemCode = (typeof DISCHARGE_ITEMS)[number]['code'];

/** What the clinician checks in the room; the rest is read from the timeline. */
export interface DischargeAssessment {
  alertAndOriented: boolean;
  steadyOnFeet: boolean;
  nauseaSettled: boolean;
  escortPresent: boolean;
  noDrivingAcknowledged: boolean;
  /** When the clinician judged the client ready to leave; may be before the minimum observation ended. */
  clinicallyReadyAt: string | null;
  /** The Spravato REMS form asks whether dissociation occurred; the clinician's judgement, or null if not asked. */
  dissociationObserved: boolean | null;
}

export interface DischargeInputs {
  firstDoseAt: string | null;
  readings: readonly TimedReading[];
  baseline: BloodPressure | null;
  /** Nausea or vomiting events with their latest outcome. */
  nauseaEvents: readonly { id: string; outcome: Parameters<typeof isUnsettled>[0] }[];
  assessment: DischargeAssessment | null;
  at: string;
}

export interface DischargeItem {
  code: DischargeItemCode;
  label: string;
  holds: boolean;
  /** Plain words on why it does not hold yet, or what it rests on. */
  detail: string;
}

export interface DischargeEvaluation {
  items: DischargeItem[];
  allHold: boolean;
  minutesSinceFirstDose: number | null;
  /** Minutes from the first dose to "clinically ready", for the REMS form's "ready without the 2-h minimum". */
  minutesUntilClinicallyReady: number | null;
  /** The check used as the blood pressure "at discharge", if one was taken in time. */
  dischargeReadingId: string | null;
}

export function evaluateDischarge(inputs: DischargeInputs, monitoring: MonitoringSettings, console: ConsoleSettings): DischargeEvaluation {
  const label = (code: DischargeItemCode) => DISCHARGE_ITEMS.find((i) => i.code === code)!.label;
  const item = (code: DischargeItemCode, holds: boolean, detail: string): DischargeItem => ({ code, label: label(code), holds, detail });
  const a = inputs.assessment;
  const checked = (code: DischargeItemCode, value: boolean | undefined) =>
    item(code, value === true, value === true ? 'Checked by the clinician.' : 'Not yet checked.');
  const items = [
    observationItem(inputs, monitoring, item),
    bpItem(inputs, monitoring, console, item),
    checked('alert_and_oriented', a?.alertAndOriented),
    checked('steady_on_feet', a?.steadyOnFeet),
    nauseaItem(inputs, item),
    checked('escort_present', a?.escortPresent),
    checked('no_driving_acknowledged', a?.noDrivingAcknowledged),
  ];
  const since = inputs.firstDoseAt ? minutesBetween(inputs.firstDoseAt, inputs.at) : null;
  const ready = a?.clinicallyReadyAt && inputs.firstDoseAt ? Math.round(minutesBetween(inputs.firstDoseAt, a.clinicallyReadyAt)) : null;
  const reading = dischargeReading(inputs.firstDoseAt, inputs.readings, inputs.at, console);
  return {
    items,
    allHold: items.every((i) => i.holds),
    minutesSinceFirstDose: since === null ? null : Math.floor(since),
    minutesUntilClinicallyReady: ready,
    dischargeReadingId: reading?.id ?? null,
  };
}

type MakeItem = (code: DischargeItemCode, holds: boolean, detail: string) => DischargeItem;

function observationItem(inputs: DischargeInputs, monitoring: MonitoringSettings, item: MakeItem): DischargeItem {
  const min = monitoring.minimumObservationMinutes;
  if (!inputs.firstDoseAt) return item('minimum_observation', true, 'No dose was given in this session.');
  const elapsed = Math.floor(minutesBetween(inputs.firstDoseAt, inputs.at));
  if (elapsed >= min) return item('minimum_observation', true, `${elapsed} minutes since the first dose (minimum ${min}).`);
  return item('minimum_observation', false, `${elapsed} of ${min} minutes since the first dose; ${min - elapsed} to go.`);
}

function bpItem(inputs: DischargeInputs, monitoring: MonitoringSettings, console: ConsoleSettings, item: MakeItem): DischargeItem {
  const r = dischargeReading(inputs.firstDoseAt, inputs.readings, inputs.at, console);
  if (!r)
    return item(
      'bp_within_thresholds',
      false,
      `Take blood pressure again: none in the last ${console.dischargeVitalsWithinMinutes} minutes.`,
    );
  const bp = r.check.reading;
  if (bpWithinAlertThresholds(bp, inputs.baseline, monitoring))
    return item('bp_within_thresholds', true, `${formatBp(bp)} is within the alert thresholds.`);
  return item('bp_within_thresholds', false, `${formatBp(bp)} is still outside the alert thresholds.`);
}

function nauseaItem(inputs: DischargeInputs, item: MakeItem): DischargeItem {
  const ongoing = inputs.nauseaEvents.filter((e) => isUnsettled(e.outcome));
  if (ongoing.length > 0) return item('nausea_settled', false, 'Nausea logged this session is not marked resolved yet.');
  const checkedSettled = inputs.assessment?.nauseaSettled === true;
  return item('nausea_settled', checkedSettled, checkedSettled ? 'Checked by the clinician.' : 'Not yet checked.');
}

export interface DischargeOverride {
  prescriberId: string;
  reason: string;
}

export type DischargeDecision =
  | { allowed: true; overridden: boolean }
  | { allowed: false; code: 'needs_prescriber_reason' | 'ready_time_invalid'; message: string; unmet: DischargeItemCode[] };

/**
 * Discharge goes ahead when every item holds, or with a prescriber's recorded reason. A "clinically ready"
 * time after the first dose and not after discharge is required only for it to be recorded, not to discharge.
 */
export function decideDischarge(
  evaluation: DischargeEvaluation,
  override: DischargeOverride | null,
  prescriberIds: readonly string[],
  inputs: Pick<DischargeInputs, 'firstDoseAt' | 'assessment' | 'at'>,
): DischargeDecision {
  const unmet = evaluation.items.filter((i) => !i.holds).map((i) => i.code);
  const readyAt = inputs.assessment?.clinicallyReadyAt;
  if (readyAt && ((inputs.firstDoseAt && toMs(readyAt) < toMs(inputs.firstDoseAt)) || toMs(readyAt) > toMs(inputs.at)))
    return {
      allowed: false,
      code: 'ready_time_invalid',
      message: 'The "ready to leave" time must be after the first dose and not after discharge.',
      unmet,
    };
  if (evaluation.allHold) return { allowed: true, overridden: false };
  if (override && prescriberIds.includes(override.prescriberId) && override.reason.trim()) return { allowed: true, overridden: true };
  return {
    allowed: false,
    code: 'needs_prescriber_reason',
    message: 'Not every discharge item holds yet. To discharge now, a prescriber records the reason.',
    unmet,
  };
}
