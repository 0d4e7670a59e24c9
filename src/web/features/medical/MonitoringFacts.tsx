import type { MonitoringSettings } from './medical-types';

/** The monitoring numbers read-only, in the words the session uses. */
export function MonitoringFacts({ monitoring }: { monitoring: MonitoringSettings }) {
  const { alerts: a, baselineBpWarning: warn, baselineBpContraindicated: stop } = monitoring;
  const rows: [string, string][] = [
    ['Before dosing', `No food for ${monitoring.fastingFoodHours} h; no liquids for ${monitoring.fastingLiquidsMinutes} min`],
    ['Baseline BP', `Warning above ${warn.systolic}/${warn.diastolic}; contraindicated today above ${stop.systolic}/${stop.diastolic}`],
    ['Vitals due', `${monitoring.vitalsDueMinutes.join(', ')} min after dose, and at discharge`],
    [
      'Alerts',
      `Systolic rise ≥ ${a.systolicRise} or diastolic rise ≥ ${a.diastolicRise} mmHg; systolic ≥ ${a.systolicMax} or diastolic ≥ ${a.diastolicMax}; heart rate > ${a.heartRateMax} or < ${a.heartRateMin}; SpO₂ < ${a.spo2Min}%`,
    ],
    ['Observation', `At least ${monitoring.minimumObservationMinutes} min from dose, until vitals are stable`],
  ];
  return (
    <dl className="facts facts-wide">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
