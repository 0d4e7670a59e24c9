/**
 * Ketamine session monitoring defaults. Source: the esketamine (Spravato) label and REMS, the nearest
 * published protocol (shared/reference/clinical.md, "Ketamine session monitoring defaults"). Every number
 * is a default the practice's prescriber can change, and per client on the clearance record.
 */
export interface BloodPressure {
  systolic: number;
  diastolic: number;
}

export interface MonitoringSettings {
  /** Readiness before dosing: no food for this many hours (sublingual practices often ask 3–6). */
  fastingFoodHours: number;
  /** No liquids for this many minutes before dosing. */
  fastingLiquidsMinutes: number;
  /** Baseline BP above this → warning; dosing needs the prescriber's recorded decision. */
  baselineBpWarning: BloodPressure;
  /** Baseline BP above this at rest → contraindicated today (prescriber override only). */
  baselineBpContraindicated: BloodPressure;
  /** Minutes after dose at which vitals are due (and again at discharge). */
  vitalsDueMinutes: number[];
  alerts: {
    systolicRise: number;
    diastolicRise: number;
    systolicMax: number;
    diastolicMax: number;
    heartRateMax: number;
    heartRateMin: number;
    spo2Min: number;
  };
  /** Observation lasts at least this long from dose, and until vitals are stable. */
  minimumObservationMinutes: number;
}

export const DEFAULT_MONITORING: MonitoringSettings = {
  fastingFoodHours: 2,
  fastingLiquidsMinutes: 30,
  baselineBpWarning: { systolic: 140, diastolic: 90 },
  baselineBpContraindicated: { systolic: 180, diastolic: 100 },
  vitalsDueMinutes: [15, 30, 40, 60, 90, 120],
  alerts: { systolicRise: 40, diastolicRise: 25, systolicMax: 180, diastolicMax: 110, heartRateMax: 120, heartRateMin: 50, spo2Min: 92 },
  minimumObservationMinutes: 120,
};

export interface MonitoringIssue {
  path: string;
  message: string;
}

/** Checks the relations between numbers that a range check alone cannot see. */
export function checkMonitoringSettings(settings: MonitoringSettings): MonitoringIssue[] {
  const issues: MonitoringIssue[] = [];
  const warn = settings.baselineBpWarning;
  const stop = settings.baselineBpContraindicated;
  if (stop.systolic <= warn.systolic)
    issues.push({ path: 'baselineBpContraindicated.systolic', message: 'must be above the warning level' });
  if (stop.diastolic <= warn.diastolic)
    issues.push({ path: 'baselineBpContraindicated.diastolic', message: 'must be above the warning level' });
  if (settings.alerts.heartRateMin >= settings.alerts.heartRateMax)
    issues.push({ path: 'alerts.heartRateMin', message: 'must be below the upper heart-rate alert' });
  const due = settings.vitalsDueMinutes;
  if (due.some((m, i) => i > 0 && m <= (due[i - 1] ?? 0)))
    issues.push({ path: 'vitalsDueMinutes', message: 'must be in increasing order, each time once' });
  return issues;
}
