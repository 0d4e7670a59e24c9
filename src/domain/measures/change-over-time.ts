import { GAD7_MAX_TOTAL } from './score-gad7.js';
import { PCL5_MAX_TOTAL } from './score-pcl5.js';
import { PHQ9_MAX_TOTAL } from './score-phq9.js';

// Change between a baseline total and a later total. On all three instruments a
// lower total means fewer symptoms, so a fall is an improvement.

export type ChangeDirection = 'improved' | 'worsened' | 'unchanged';

/** Whether a change reached a threshold, and which way. */
export type ThresholdChange = 'improvement' | 'worsening' | 'none';

interface ChangeBase {
  readonly baseline: number;
  readonly later: number;
  /** later − baseline: negative is a fall in symptoms. */
  readonly change: number;
  readonly direction: ChangeDirection;
}

export interface Phq9Change extends ChangeBase {
  readonly instrumentId: 'PHQ-9';
  /** Fall as a share of baseline (0.5 = 50% lower); null when baseline is 0. */
  readonly percentFall: number | null;
  /** A fall of at least 50%. Null when baseline is 0: there is nothing to halve. */
  readonly response: boolean | null;
  /** Later total below 5. */
  readonly remission: boolean;
  readonly minimalImportantChange: ThresholdChange;
}

export interface Gad7Change extends ChangeBase {
  readonly instrumentId: 'GAD-7';
  readonly meaningfulChange: ThresholdChange;
}

export interface Pcl5Change extends ChangeBase {
  readonly instrumentId: 'PCL-5';
  readonly reliableChange: ThresholdChange;
  readonly clinicallyMeaningfulChange: ThresholdChange;
}

// PHQ-9 thresholds from clinical.md: response ≥50% fall (the usual depression-trial
// definition), remission <5, minimal important change ≈5 points (Löwe et al. 2004).
export const PHQ9_RESPONSE_FALL = 0.5;
export const PHQ9_REMISSION_BELOW = 5;
export const PHQ9_MINIMAL_IMPORTANT_CHANGE = 5;
// GAD-7: ≈4 points is meaningful (clinical.md; Toussaint et al. 2020).
export const GAD7_MEANINGFUL_CHANGE = 4;
// PCL-5: 5 points reliable, 10 points clinically meaningful (NCPTSD PCL-5 guidance; clinical.md).
export const PCL5_RELIABLE_CHANGE = 5;
export const PCL5_CLINICALLY_MEANINGFUL_CHANGE = 10;

export function phq9Change(baseline: number, later: number): Phq9Change {
  const base = changeBase('PHQ-9', PHQ9_MAX_TOTAL, baseline, later);
  const fall = baseline - later;
  return {
    instrumentId: 'PHQ-9',
    ...base,
    percentFall: baseline === 0 ? null : fall / baseline,
    // Compared in whole numbers so exactly 50% is never lost to rounding.
    response: baseline === 0 ? null : fall * 2 >= baseline,
    remission: later < PHQ9_REMISSION_BELOW,
    minimalImportantChange: thresholdChange(base.change, PHQ9_MINIMAL_IMPORTANT_CHANGE),
  };
}

export function gad7Change(baseline: number, later: number): Gad7Change {
  const base = changeBase('GAD-7', GAD7_MAX_TOTAL, baseline, later);
  return {
    instrumentId: 'GAD-7',
    ...base,
    meaningfulChange: thresholdChange(base.change, GAD7_MEANINGFUL_CHANGE),
  };
}

export function pcl5Change(baseline: number, later: number): Pcl5Change {
  const base = changeBase('PCL-5', PCL5_MAX_TOTAL, baseline, later);
  return {
    instrumentId: 'PCL-5',
    ...base,
    reliableChange: thresholdChange(base.change, PCL5_RELIABLE_CHANGE),
    clinicallyMeaningfulChange: thresholdChange(base.change, PCL5_CLINICALLY_MEANINGFUL_CHANGE),
  };
}

export type TrackedInstrumentId = 'PHQ-9' | 'GAD-7' | 'PCL-5';

export interface ChangeByInstrument {
  readonly 'PHQ-9': Phq9Change;
  readonly 'GAD-7': Gad7Change;
  readonly 'PCL-5': Pcl5Change;
}

const changers: { readonly [I in TrackedInstrumentId]: (b: number, l: number) => ChangeByInstrument[I] } = {
  'PHQ-9': phq9Change,
  'GAD-7': gad7Change,
  'PCL-5': pcl5Change,
};

/** Change from baseline for an instrument with a total. MAIA-2 and ASQ have none. */
export function changeFromBaseline<I extends TrackedInstrumentId>(
  instrumentId: I,
  baselineTotal: number,
  laterTotal: number,
): ChangeByInstrument[I] {
  if (!Object.hasOwn(changers, instrumentId)) {
    throw new RangeError(`${String(instrumentId)} has no total to compare over time.`);
  }
  return changers[instrumentId](baselineTotal, laterTotal);
}

function changeBase(id: string, max: number, baseline: number, later: number): ChangeBase {
  for (const total of [baseline, later]) {
    if (!Number.isInteger(total) || total < 0 || total > max) {
      throw new RangeError(`A ${id} total must be a whole number from 0 to ${max}; got ${total}.`);
    }
  }
  const change = later - baseline;
  return {
    baseline,
    later,
    change,
    direction: change < 0 ? 'improved' : change > 0 ? 'worsened' : 'unchanged',
  };
}

function thresholdChange(change: number, threshold: number): ThresholdChange {
  if (change <= -threshold) return 'improvement';
  if (change >= threshold) return 'worsening';
  return 'none';
}
