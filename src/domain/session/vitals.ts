import type { BloodPressure } from '../medical/monitoring-settings.js';
import type { MoaasScore } from './sedation.js';

/**
 * One vitals check. Blood pressure, heart rate and SpO2 are taken every time (clinical.md: baseline
 * "blood pressure, heart rate, SpO2"); respiratory rate is optional (issue 10); sedation (MOAA/S) is
 * rated at each check after dosing (clinical.md) and is absent at baseline.
 */
export interface VitalsReading extends BloodPressure {
  heartRate: number;
  spo2: number;
  respiratoryRate: number | null;
  sedation: MoaasScore | null;
}

/**
 * Why the check was taken. `recheck` points at the reading it rechecks (the 5-minute recheck of a
 * reading at or above 180/110). `discharge` is the check before leaving.
 */
export type VitalsPurpose = 'baseline' | 'scheduled' | 'recheck' | 'discharge' | 'extra';
export const VITALS_PURPOSES = ['baseline', 'scheduled', 'recheck', 'discharge', 'extra'] as const satisfies readonly VitalsPurpose[];

export interface VitalsCheck {
  reading: VitalsReading;
  purpose: VitalsPurpose;
  /** Only for a recheck: the id of the entry it rechecks. */
  recheckOf: string | null;
}

/** A vitals check as it sits on the timeline: its entry id and when it was taken. */
export interface TimedReading {
  id: string;
  takenAt: string;
  check: VitalsCheck;
}

// Plausible ranges only catch a slipped key; they are not clinical judgements.
export const VITALS_RANGES = {
  systolic: [40, 300],
  diastolic: [20, 200],
  heartRate: [20, 250],
  spo2: [50, 100],
  respiratoryRate: [2, 80],
} as const;

export function formatBp(bp: BloodPressure): string {
  return `${bp.systolic}/${bp.diastolic}`;
}
