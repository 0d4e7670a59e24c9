import { formatScaleMean, type MeasureResult } from '../../domain/measures/index.js';

/** One plain line for a list of responses. Bands describe a score range; they are never a diagnosis. */
export function summarizeResult(result: MeasureResult): string {
  switch (result.instrumentId) {
    case 'PHQ-9':
    case 'GAD-7':
      return `Total ${result.total} of ${result.maxTotal} — ${result.band.label}`;
    case 'PCL-5':
      return `Total ${result.total} of ${result.maxTotal} — ${result.screenLabel}`;
    case 'ASQ':
      return result.label;
    case 'MAIA-2':
      return result.scales.map((s) => `${s.label} ${formatScaleMean(s.mean)}`).join(' · ');
  }
}

export function totalOf(result: MeasureResult): number | null {
  return 'total' in result ? result.total : null;
}

export function bandOf(result: MeasureResult) {
  return result.instrumentId === 'PHQ-9' || result.instrumentId === 'GAD-7' ? result.band : null;
}
