import type { BloodPressure, MonitoringSettings } from '../medical/monitoring-settings.js';
import { formatBp } from './vitals.js';

/**
 * Baseline blood pressure before dosing (clinical.md, "Baseline vitals before dosing"):
 * - above 140/90 → warning; dosing needs the prescriber's recorded decision;
 * - above 180/100 at rest → contraindicated today; only a prescriber's override with a reason allows it.
 * "Above" is strict and either number counts: 141/80 and 130/91 are both above 140/90.
 * The levels come from the client's monitoring settings; the software records and gates, it never decides.
 */
export type BaselineLevel = 'within' | 'warning' | 'contraindicated';

export interface BaselineResult {
  level: BaselineLevel;
  /** What the prescriber must record before dosing may go ahead. */
  needs: 'nothing' | 'prescriber_decision' | 'prescriber_override';
  code: 'baseline_bp_within' | 'baseline_bp_warning' | 'baseline_bp_contraindicated';
  message: string;
}

const above = (bp: BloodPressure, limit: BloodPressure) => bp.systolic > limit.systolic || bp.diastolic > limit.diastolic;

export function checkBaselineBp(bp: BloodPressure, settings: MonitoringSettings): BaselineResult {
  const stop = settings.baselineBpContraindicated;
  const warn = settings.baselineBpWarning;
  if (above(bp, stop))
    return {
      level: 'contraindicated',
      needs: 'prescriber_override',
      code: 'baseline_bp_contraindicated',
      message: `Baseline blood pressure ${formatBp(bp)} is above ${formatBp(stop)}. Dosing is not advised today unless the prescriber overrides with a reason.`,
    };
  if (above(bp, warn))
    return {
      level: 'warning',
      needs: 'prescriber_decision',
      code: 'baseline_bp_warning',
      message: `Baseline blood pressure ${formatBp(bp)} is above ${formatBp(warn)}. The prescriber needs to record whether dosing goes ahead.`,
    };
  return {
    level: 'within',
    needs: 'nothing',
    code: 'baseline_bp_within',
    message: `Baseline blood pressure ${formatBp(bp)} is within the set levels.`,
  };
}

/** The prescriber's recorded decision on a raised baseline. */
export interface BaselineDecision {
  prescriberId: string;
  decision: 'proceed' | 'do_not_dose';
  /** Optional for a warning, required to override a contraindication. */
  reason: string;
  /** The baseline entry this decision is about; a new baseline needs a new decision. */
  baselineEntryId: string;
}

export type DosingGate =
  | { allowed: true; via: 'within' | 'prescriber_decision' | 'prescriber_override' }
  | {
      allowed: false;
      code: 'no_baseline' | 'needs_prescriber_decision' | 'needs_prescriber_override' | 'prescriber_declined';
      message: string;
    };

/**
 * May the first dose be given? Takes the latest baseline (a retaken baseline replaces the earlier one)
 * and the prescriber decisions recorded for it.
 */
export function dosingGate(
  baseline: { entryId: string; bp: BloodPressure } | null,
  decisions: readonly BaselineDecision[],
  settings: MonitoringSettings,
  prescriberIds: readonly string[],
): DosingGate {
  if (!baseline) return { allowed: false, code: 'no_baseline', message: 'Take baseline vitals before dosing.' };
  const result = checkBaselineBp(baseline.bp, settings);
  if (result.level === 'within') return { allowed: true, via: 'within' };
  const valid = decisions.filter((d) => d.baselineEntryId === baseline.entryId && prescriberIds.includes(d.prescriberId));
  const latest = valid.at(-1);
  if (latest?.decision === 'do_not_dose')
    return { allowed: false, code: 'prescriber_declined', message: 'The prescriber recorded that no dose is given today.' };
  if (result.level === 'warning') {
    if (latest) return { allowed: true, via: 'prescriber_decision' };
    return { allowed: false, code: 'needs_prescriber_decision', message: result.message };
  }
  if (latest?.reason.trim()) return { allowed: true, via: 'prescriber_override' };
  return { allowed: false, code: 'needs_prescriber_override', message: result.message };
}
