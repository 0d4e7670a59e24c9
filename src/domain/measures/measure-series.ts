import { changeFromBaseline, type TrackedInstrumentId } from './change-over-time.js';
import { GAD7_BANDS, GAD7_MAX_TOTAL } from './score-gad7.js';
import { PCL5_MAX_TOTAL } from './score-pcl5.js';
import { PHQ9_BANDS, PHQ9_MAX_TOTAL } from './score-phq9.js';
import type { SeverityBand } from './severity-bands.js';

export const TRACKED_INSTRUMENTS: readonly TrackedInstrumentId[] = ['PHQ-9', 'GAD-7', 'PCL-5'];

export interface SeriesInput {
  responseId: string;
  completedAt: string;
  total: number;
}

export interface SeriesPoint extends SeriesInput {
  bandLabel: string | null;
  /** Change from the first (baseline) response; null for the baseline itself. */
  change: {
    change: number;
    direction: 'improved' | 'worsened' | 'unchanged';
    response?: boolean | null;
    remission?: boolean;
    markers: string[];
  } | null;
}

export interface MeasureSeries {
  instrumentId: TrackedInstrumentId;
  maxTotal: number;
  bands: SeverityBand[];
  points: SeriesPoint[];
}

/** The PCL-5 has no severity bands; the chart shades below and above the practice's screening cut-off. */
export function pcl5Bands(threshold: number): SeverityBand[] {
  return [
    { code: 'below_cutoff', label: `Below the screening cut-off (${threshold})`, min: 0, max: threshold - 1 },
    { code: 'at_or_above_cutoff', label: `At or above the screening cut-off (${threshold})`, min: threshold, max: PCL5_MAX_TOTAL },
  ];
}

function bandsFor(instrumentId: TrackedInstrumentId, pcl5Threshold: number): { bands: SeverityBand[]; maxTotal: number } {
  if (instrumentId === 'PHQ-9') return { bands: [...PHQ9_BANDS], maxTotal: PHQ9_MAX_TOTAL };
  if (instrumentId === 'GAD-7') return { bands: [...GAD7_BANDS], maxTotal: GAD7_MAX_TOTAL };
  return { bands: pcl5Bands(pcl5Threshold), maxTotal: PCL5_MAX_TOTAL };
}

function markersFor(instrumentId: TrackedInstrumentId, baseline: number, total: number): SeriesPoint['change'] {
  const base = { change: total - baseline };
  if (instrumentId === 'PHQ-9') {
    const c = changeFromBaseline('PHQ-9', baseline, total);
    const markers = [
      ...(c.response ? ['Response: 50% or more below baseline'] : []),
      ...(c.remission ? ['Remission: total below 5'] : []),
      ...(c.minimalImportantChange === 'improvement' ? ['Improved by 5 points or more'] : []),
      ...(c.minimalImportantChange === 'worsening' ? ['Worse by 5 points or more'] : []),
    ];
    return { ...base, direction: c.direction, response: c.response, remission: c.remission, markers };
  }
  if (instrumentId === 'GAD-7') {
    const c = changeFromBaseline('GAD-7', baseline, total);
    const markers =
      c.meaningfulChange === 'improvement'
        ? ['Improved by 4 points or more']
        : c.meaningfulChange === 'worsening'
          ? ['Worse by 4 points or more']
          : [];
    return { ...base, direction: c.direction, markers };
  }
  const c = changeFromBaseline('PCL-5', baseline, total);
  const markers = [
    ...(c.clinicallyMeaningfulChange === 'improvement' ? ['Clinically meaningful improvement: 10 points or more'] : []),
    ...(c.clinicallyMeaningfulChange === 'none' && c.reliableChange === 'improvement' ? ['Reliable improvement: 5 points or more'] : []),
    ...(c.reliableChange === 'worsening' ? ['Reliable worsening: 5 points or more'] : []),
  ];
  return { ...base, direction: c.direction, markers };
}

/**
 * One instrument's totals over time, oldest first, each compared with the first response (the baseline).
 * Markers use clinical.md's thresholds; they describe change, never a diagnosis.
 */
export function measureSeries(instrumentId: TrackedInstrumentId, responses: readonly SeriesInput[], pcl5Threshold: number): MeasureSeries {
  const { bands, maxTotal } = bandsFor(instrumentId, pcl5Threshold);
  const ordered = [...responses].sort((a, b) => (a.completedAt < b.completedAt ? -1 : a.completedAt > b.completedAt ? 1 : 0));
  const baseline = ordered[0]?.total;
  const points = ordered.map((r, i) => ({
    ...r,
    bandLabel: bands.find((b) => r.total >= b.min && r.total <= b.max)?.label ?? null,
    change: i === 0 || baseline === undefined ? null : markersFor(instrumentId, baseline, r.total),
  }));
  return { instrumentId, maxTotal, bands, points };
}
