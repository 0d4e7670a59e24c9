/**
 * The record's vitals chart, drawn as plain SVG so it prints as sharp as the tables: blood pressure and
 * heart rate against minutes after the first dose. Pure geometry, tested on its own.
 */
export interface ChartPoint {
  minutes: number;
  systolic: number;
  diastolic: number;
  heartRate: number;
}

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartGeometry {
  x: (minutes: number) => number;
  y: (value: number) => number;
  minutesTicks: number[];
  valueTicks: number[];
  series: { key: 'systolic' | 'diastolic' | 'heartRate'; label: string; path: string }[];
}

const SERIES = [
  { key: 'systolic', label: 'Systolic' },
  { key: 'diastolic', label: 'Diastolic' },
  { key: 'heartRate', label: 'Heart rate' },
] as const;

export function chartGeometry(points: readonly ChartPoint[], box: ChartBox): ChartGeometry {
  const minMinutes = Math.min(0, ...points.map((p) => p.minutes));
  const maxMinutes = Math.max(120, ...points.map((p) => p.minutes));
  const values = points.flatMap((p) => [p.systolic, p.diastolic, p.heartRate]);
  const low = Math.min(40, ...values);
  const high = Math.max(200, ...values);
  const lo = Math.floor(low / 20) * 20;
  const hi = lo + Math.ceil((high - lo) / 40) * 40;
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (m: number) => box.left + ((m - minMinutes) / (maxMinutes - minMinutes || 1)) * plotW;
  const y = (v: number) => box.top + (1 - (v - lo) / (hi - lo || 1)) * plotH;
  const minutesTicks: number[] = [];
  for (let m = Math.ceil(minMinutes / 30) * 30 || 0; m <= maxMinutes; m += 30) minutesTicks.push(m);
  const valueTicks: number[] = [];
  for (let v = lo; v <= hi; v += 40) valueTicks.push(v);
  const sorted = [...points].sort((a, b) => a.minutes - b.minutes);
  const series = SERIES.map(({ key, label }) => ({
    key,
    label,
    path: sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.minutes).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' '),
  }));
  return { x, y, minutesTicks, valueTicks, series };
}
