import type { SessionRecord } from './session-record.api';
import { chartGeometry } from './vitals-chart';

const BOX = { width: 720, height: 260, left: 44, right: 12, top: 12, bottom: 34 };

/** Blood pressure and heart rate over the session; the table below holds every number, so the chart is a picture of it. */
export function VitalsChart({ vitals }: { vitals: SessionRecord['vitals'] }) {
  const points = vitals.flatMap((v) =>
    v.minutesAfterFirstDose === null
      ? []
      : [{ minutes: v.minutesAfterFirstDose, systolic: v.systolic, diastolic: v.diastolic, heartRate: v.heartRate }],
  );
  if (points.length === 0) return <p className="record-muted">No vitals were taken after the first dose to chart.</p>;
  const g = chartGeometry(points, BOX);
  const bottom = BOX.height - BOX.bottom;
  const summary = `Chart of ${points.length} readings: blood pressure and heart rate by minutes after the first dose. Every value is in the table below.`;
  return (
    <figure className="record-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={summary}>
        {g.valueTicks.map((v) => (
          <g key={`v${v}`}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={g.y(v)} y2={g.y(v)} className="record-chart-grid" />
            <text x={BOX.left - 6} y={g.y(v) + 4} textAnchor="end" className="record-chart-tick">
              {v}
            </text>
          </g>
        ))}
        {g.minutesTicks.map((m) => (
          <text key={`m${m}`} x={g.x(m)} y={bottom + 16} textAnchor="middle" className="record-chart-tick">
            {m === 0 ? 'dose' : `+${m}`}
          </text>
        ))}
        <text x={BOX.width - BOX.right} y={BOX.height - 2} textAnchor="end" className="record-chart-tick">
          minutes after the first dose
        </text>
        {g.series.map((s) => (
          <path key={s.key} d={s.path} className={`record-chart-line record-chart-${s.key}`} />
        ))}
        {points.map((p) => (
          <g key={`p${p.minutes}-${p.systolic}`}>
            <rect x={g.x(p.minutes) - 3} y={g.y(p.systolic) - 3} width={6} height={6} className="record-chart-systolic-mark" />
            <circle cx={g.x(p.minutes)} cy={g.y(p.diastolic)} r={3.5} className="record-chart-diastolic-mark" />
            <path
              d={`M${g.x(p.minutes) - 4},${g.y(p.heartRate) + 3} L${g.x(p.minutes)},${g.y(p.heartRate) - 4} L${g.x(p.minutes) + 4},${g.y(p.heartRate) + 3} Z`}
              className="record-chart-heartRate-mark"
            />
          </g>
        ))}
      </svg>
      <figcaption className="record-chart-key">
        <span>
          <span className="record-key record-key-systolic" aria-hidden="true" /> Systolic (mmHg, square)
        </span>
        <span>
          <span className="record-key record-key-diastolic" aria-hidden="true" /> Diastolic (mmHg, circle, dashed)
        </span>
        <span>
          <span className="record-key record-key-heartRate" aria-hidden="true" /> Heart rate (beats a minute, triangle, dotted)
        </span>
      </figcaption>
    </figure>
  );
}
