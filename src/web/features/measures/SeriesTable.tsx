import { usePracticeTime } from '../../kernel/practice';
import { Table } from '../../ui/Table';
import { markerShape } from './chart-drawing';
import { MarkerShapeIcon } from './MarkerShapeIcon';
import type { MeasureSeries } from './measure-types';

function change(point: MeasureSeries['points'][number]): string {
  if (!point.change) return 'First (baseline)';
  const { change: by } = point.change;
  if (by === 0) return 'No change';
  return by < 0 ? `${Math.abs(by)} lower` : `${by} higher`;
}

/** The chart's text alternative: the same points, with every marker in words. */
export function SeriesTable({ series }: { series: MeasureSeries }) {
  const time = usePracticeTime();
  return (
    <Table
      caption={`${series.instrumentId} totals as a table`}
      className="series-table"
      head={
        <tr>
          <th scope="col">Date</th>
          <th scope="col" className="numeric">
            Total
          </th>
          <th scope="col">Score range</th>
          <th scope="col">From the first</th>
          <th scope="col">Markers</th>
        </tr>
      }
    >
      {series.points.map((point) => {
        const markers = point.change?.markers ?? [];
        const shape = markerShape(markers);
        return (
          <tr key={point.responseId}>
            <td className="nowrap">
              <time dateTime={point.completedAt}>{time.shortDate(point.completedAt)}</time>
            </td>
            <td className="numeric nowrap">
              {point.total}
              <span className="muted"> / {series.maxTotal}</span>
            </td>
            <td>{point.bandLabel ?? '—'}</td>
            <td>{change(point)}</td>
            <td>
              {markers.length === 0 ? (
                <span className="muted">—</span>
              ) : (
                <span className="marker-cell">
                  {shape && <MarkerShapeIcon shape={shape} />}
                  <span className="stack">
                    {markers.map((marker) => (
                      <span key={marker}>{marker}</span>
                    ))}
                  </span>
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
