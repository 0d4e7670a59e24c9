import type { BloodPressure, MonitoringSettings } from '../medical/monitoring-settings.js';
import { addMinutes, toMs } from './clock.js';
import type { ConsoleSettings } from './console-settings.js';
import type { TimedReading, VitalsReading } from './vitals.js';

/**
 * Alerts during the session (clinical.md, "Alert during the session"; thresholds from the client's
 * monitoring settings): systolic rise ≥40 or diastolic rise ≥25 mmHg from baseline, systolic ≥180 or
 * diastolic ≥110, heart rate >120 or <50, SpO2 <92%. Rises and the blood-pressure maxima are "at or
 * above"; heart rate and SpO2 are strict, as clinical.md writes them. (Spravato label: the rise peaks
 * near 40 min and can last about 4 h; 8–19% of patients rose ≥40 systolic and/or ≥25 diastolic within 1.5 h.)
 */
export const ALERT_CODES = [
  'systolic_rise',
  'diastolic_rise',
  'systolic_high',
  'diastolic_high',
  'heart_rate_high',
  'heart_rate_low',
  'spo2_low',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];

export interface AlertFinding {
  code: AlertCode;
  /** Plain words for the console: what was seen against which level. */
  message: string;
}

/** Which alert rules a reading meets. Without a baseline the rise rules cannot apply and are skipped. */
export function alertFindings(reading: VitalsReading, baseline: BloodPressure | null, settings: MonitoringSettings): AlertFinding[] {
  const a = settings.alerts;
  const found: AlertFinding[] = [];
  if (baseline) {
    const sRise = reading.systolic - baseline.systolic;
    const dRise = reading.diastolic - baseline.diastolic;
    if (sRise >= a.systolicRise)
      found.push({
        code: 'systolic_rise',
        message: `Systolic has risen ${sRise} mmHg from the baseline of ${baseline.systolic} (alert at ${a.systolicRise}).`,
      });
    if (dRise >= a.diastolicRise)
      found.push({
        code: 'diastolic_rise',
        message: `Diastolic has risen ${dRise} mmHg from the baseline of ${baseline.diastolic} (alert at ${a.diastolicRise}).`,
      });
  }
  if (reading.systolic >= a.systolicMax)
    found.push({ code: 'systolic_high', message: `Systolic is ${reading.systolic} mmHg, at or above ${a.systolicMax}.` });
  if (reading.diastolic >= a.diastolicMax)
    found.push({ code: 'diastolic_high', message: `Diastolic is ${reading.diastolic} mmHg, at or above ${a.diastolicMax}.` });
  if (reading.heartRate > a.heartRateMax)
    found.push({ code: 'heart_rate_high', message: `Heart rate is ${reading.heartRate} a minute, above ${a.heartRateMax}.` });
  if (reading.heartRate < a.heartRateMin)
    found.push({ code: 'heart_rate_low', message: `Heart rate is ${reading.heartRate} a minute, below ${a.heartRateMin}.` });
  if (reading.spo2 < a.spo2Min) found.push({ code: 'spo2_low', message: `SpO2 is ${reading.spo2}%, below ${a.spo2Min}%.` });
  return found;
}

/** Blood pressure is "back within the alert thresholds" when none of the four blood-pressure rules is met. */
export function bpWithinAlertThresholds(bp: BloodPressure, baseline: BloodPressure | null, settings: MonitoringSettings): boolean {
  const reading: VitalsReading = { ...bp, heartRate: settings.alerts.heartRateMin, spo2: 100, respiratoryRate: null, sedation: null };
  return alertFindings(reading, baseline, settings).length === 0;
}

/** A reading at or above the alert maximum (180/110 by default) asks for a recheck (clinical.md). */
export function needsRecheck(bp: BloodPressure, settings: MonitoringSettings): boolean {
  return bp.systolic >= settings.alerts.systolicMax || bp.diastolic >= settings.alerts.diastolicMax;
}

export type RecheckState =
  | { status: 'waiting' | 'due' | 'overdue'; dueAt: string }
  | { status: 'confirmed' | 'not_confirmed'; dueAt: string; recheckId: string; minutesAfter: number };

/**
 * The recheck of a reading at or above the maximum: the first later reading marked as its recheck.
 * Confirmed when the recheck is itself at or above either maximum.
 */
export function recheckState(
  original: TimedReading,
  readings: readonly TimedReading[],
  now: string,
  settings: MonitoringSettings,
  console: ConsoleSettings,
): RecheckState {
  const dueAt = addMinutes(original.takenAt, console.recheckAfterMinutes);
  const recheck = readings
    .filter((r) => r.check.purpose === 'recheck' && r.check.recheckOf === original.id && toMs(r.takenAt) > toMs(original.takenAt))
    .sort((a, b) => toMs(a.takenAt) - toMs(b.takenAt))[0];
  if (recheck) {
    const minutesAfter = Math.round((toMs(recheck.takenAt) - toMs(original.takenAt)) / 60_000);
    const status = needsRecheck(recheck.check.reading, settings) ? 'confirmed' : 'not_confirmed';
    return { status, dueAt, recheckId: recheck.id, minutesAfter };
  }
  const t = toMs(now);
  if (t < toMs(dueAt)) return { status: 'waiting', dueAt };
  if (t < toMs(addMinutes(dueAt, console.recheckGraceMinutes))) return { status: 'due', dueAt };
  return { status: 'overdue', dueAt };
}

/** An alert id both devices and the server derive alike: one per reading and rule. */
export function alertId(readingId: string, code: AlertCode): string {
  return `${readingId}:${code}`;
}

export interface Acknowledgement {
  alertId: string;
  by: string;
  at: string;
  note: string;
}

export interface SessionAlert {
  id: string;
  readingId: string;
  code: AlertCode;
  message: string;
  raisedAt: string;
  /** Present on the blood-pressure maxima: the 5-minute recheck and whether it confirmed the reading. */
  recheck: RecheckState | null;
  /** Null until someone acknowledges it; until then it shows on every open device. */
  acknowledged: Acknowledgement | null;
}

/** Every alert raised by the session's readings after dosing, each with its acknowledgement if any. */
export function sessionAlerts(
  readings: readonly TimedReading[],
  baseline: BloodPressure | null,
  acknowledgements: readonly Acknowledgement[],
  now: string,
  settings: MonitoringSettings,
  console: ConsoleSettings,
): SessionAlert[] {
  const acks = new Map<string, Acknowledgement>();
  for (const ack of acknowledgements) if (!acks.has(ack.alertId)) acks.set(ack.alertId, ack);
  const alerts: SessionAlert[] = [];
  const sorted = [...readings].sort((a, b) => toMs(a.takenAt) - toMs(b.takenAt) || (a.id < b.id ? -1 : 1));
  for (const r of sorted) {
    if (r.check.purpose === 'baseline') continue;
    // A recheck answers for the reading it rechecks; it does not ask for a recheck of its own.
    const asks = r.check.purpose !== 'recheck' && needsRecheck(r.check.reading, settings);
    const recheck = asks ? recheckState(r, readings, now, settings, console) : null;
    for (const f of alertFindings(r.check.reading, baseline, settings)) {
      const id = alertId(r.id, f.code);
      const isMax = f.code === 'systolic_high' || f.code === 'diastolic_high';
      alerts.push({
        id,
        readingId: r.id,
        code: f.code,
        message: f.message,
        raisedAt: r.takenAt,
        recheck: isMax ? recheck : null,
        acknowledged: acks.get(id) ?? null,
      });
    }
  }
  return alerts;
}

export function unacknowledged(alerts: readonly SessionAlert[]): SessionAlert[] {
  return alerts.filter((a) => a.acknowledged === null);
}
