import { usePracticeTime } from '../../kernel/practice';
import { type MarkerShape, markerShape } from './chart-drawing';
import { MarkerShapeIcon } from './MarkerShapeIcon';
import type { MeasureSeries } from './measure-types';
import { SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';

/** Each marker reached, with the first date it was reached: the chart's markers said in words. */
function firstReached(series: MeasureSeries, formatDate: (iso: string) => string) {
  const seen = new Map<string, { date: string; shape: MarkerShape }>();
  for (const point of series.points) {
    for (const marker of point.change?.markers ?? []) {
      if (!seen.has(marker)) seen.set(marker, { date: formatDate(point.completedAt), shape: markerShape([marker]) ?? 'change' });
    }
  }
  return [...seen.entries()];
}

function chartLabel(series: MeasureSeries): string {
  const last = series.points.at(-1);
  const first = series.points[0];
  const span = first && last && series.points.length > 1 ? `, from ${first.total} at first to ${last.total} most recently` : '';
  return `Line chart of ${series.instrumentId} totals over time: ${series.points.length} ${series.points.length === 1 ? 'point' : 'points'}${span}, on a scale of 0 to ${series.maxTotal} shaded by score range. The table that follows gives every point.`;
}

export function SeriesFigure({ series }: { series: MeasureSeries }) {
  const time = usePracticeTime();
  const reached = firstReached(series, time.shortDate);
  const headingId = `series-${series.instrumentId}`;
  return (
    <section className="series card" aria-labelledby={headingId}>
      <h4 id={headingId} className="series-title">
        {series.title} <span className="muted">total, 0–{series.maxTotal}</span>
      </h4>
      <SeriesChart series={series} label={chartLabel(series)} timeZone={time.timeZone} />
      <p className="series-ranges small">
        <span className="muted">Score ranges: </span>
        {series.bands.map((band) => `${band.label} ${band.min}–${band.max}`).join(' · ')}
      </p>
      {reached.length > 0 ? (
        <ul className="series-markers small">
          {reached.map(([marker, { date, shape }]) => (
            <li key={marker}>
              <MarkerShapeIcon shape={shape} /> {marker}: first on {date}
            </li>
          ))}
        </ul>
      ) : (
        series.instrumentId === 'PHQ-9' &&
        series.points.length > 1 && <p className="small muted">Neither response nor remission has been reached yet.</p>
      )}
      <SeriesTable series={series} />
    </section>
  );
}
