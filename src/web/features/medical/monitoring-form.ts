import { ApiError } from '../../api/api-error';
import type { MonitoringSettings } from './medical-types';

/** Every monitoring number by its path in the settings object, which is also the server's error path after "monitoring.". */
export const MONITORING_GROUPS = [
  {
    legend: 'Before dosing',
    fields: [
      { path: 'fastingFoodHours', label: 'No food for', unit: 'hours' },
      { path: 'fastingLiquidsMinutes', label: 'No liquids for', unit: 'minutes' },
    ],
  },
  {
    legend: 'Baseline blood pressure',
    hint: 'Above the warning level, dosing needs the prescriber’s recorded decision. Above the second level at rest, treat as contraindicated today (prescriber override only).',
    fields: [
      { path: 'baselineBpWarning.systolic', label: 'Warning above, systolic', unit: 'mmHg' },
      { path: 'baselineBpWarning.diastolic', label: 'Warning above, diastolic', unit: 'mmHg' },
      { path: 'baselineBpContraindicated.systolic', label: 'Contraindicated above, systolic', unit: 'mmHg' },
      { path: 'baselineBpContraindicated.diastolic', label: 'Contraindicated above, diastolic', unit: 'mmHg' },
    ],
  },
  {
    legend: 'Vitals and alerts during the session',
    fields: [
      { path: 'vitalsDueMinutes', label: 'Vitals due at', unit: 'minutes after dose', list: true },
      { path: 'alerts.systolicRise', label: 'Alert on a systolic rise of', unit: 'mmHg or more' },
      { path: 'alerts.diastolicRise', label: 'Alert on a diastolic rise of', unit: 'mmHg or more' },
      { path: 'alerts.systolicMax', label: 'Alert at systolic', unit: 'mmHg or more' },
      { path: 'alerts.diastolicMax', label: 'Alert at diastolic', unit: 'mmHg or more' },
      { path: 'alerts.heartRateMax', label: 'Alert at heart rate above', unit: 'beats a minute' },
      { path: 'alerts.heartRateMin', label: 'Alert at heart rate below', unit: 'beats a minute' },
      { path: 'alerts.spo2Min', label: 'Alert at SpO₂ below', unit: '%' },
    ],
  },
  {
    legend: 'Observation',
    fields: [
      { path: 'minimumObservationMinutes', label: 'Observe for at least', unit: 'minutes from dose', hint: 'And until vitals are stable.' },
    ],
  },
] as const;

export type MonitoringPath = (typeof MONITORING_GROUPS)[number]['fields'][number]['path'];
export type MonitoringForm = Record<MonitoringPath, string>;

const PATHS = MONITORING_GROUPS.flatMap((group) => group.fields.map((field) => field.path));

function read(settings: MonitoringSettings, path: MonitoringPath): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], settings);
}

export function monitoringForm(settings: MonitoringSettings): MonitoringForm {
  return Object.fromEntries(
    PATHS.map((path) => {
      const value = read(settings, path);
      return [path, Array.isArray(value) ? value.join(', ') : String(value)];
    }),
  ) as MonitoringForm;
}

/** A blank or unreadable number goes as null, so the server names the field that needs fixing. */
function number(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

export function monitoringBody(form: MonitoringForm): MonitoringSettings {
  const n = (path: MonitoringPath) => number(form[path]) as number;
  return {
    fastingFoodHours: n('fastingFoodHours'),
    fastingLiquidsMinutes: n('fastingLiquidsMinutes'),
    baselineBpWarning: { systolic: n('baselineBpWarning.systolic'), diastolic: n('baselineBpWarning.diastolic') },
    baselineBpContraindicated: { systolic: n('baselineBpContraindicated.systolic'), diastolic: n('baselineBpContraindicated.diastolic') },
    vitalsDueMinutes: form.vitalsDueMinutes
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((part) => number(part) as number),
    alerts: {
      systolicRise: n('alerts.systolicRise'),
      diastolicRise: n('alerts.diastolicRise'),
      systolicMax: n('alerts.systolicMax'),
      diastolicMax: n('alerts.diastolicMax'),
      heartRateMax: n('alerts.heartRateMax'),
      heartRateMin: n('alerts.heartRateMin'),
      spo2Min: n('alerts.spo2Min'),
    },
    minimumObservationMinutes: n('minimumObservationMinutes'),
  };
}

/** Labels keyed by the server's error path, for an error summary's links. */
export const MONITORING_LABELS: Record<string, string> = Object.fromEntries(
  MONITORING_GROUPS.flatMap((group) => group.fields.map((field) => [`monitoring.${field.path}`, `${field.label} (${field.unit})`])),
);

const readable = (text: string) => number(text) !== null;

/**
 * Blank or unreadable numbers, caught before sending: the server's own words for a missing number are
 * zod's defaults ("expected number, received null"), which are no help to a prescriber.
 */
export function unreadableNumbers(form: MonitoringForm, others: Record<string, string> = {}): ApiError | null {
  const issues = [
    ...PATHS.filter((path) =>
      path === 'vitalsDueMinutes'
        ? !form[path]
            .split(/[\s,;]+/)
            .filter(Boolean)
            .every(readable) || !form[path].trim()
        : !readable(form[path]),
    ).map((path) => `monitoring.${path}`),
    ...Object.entries(others)
      .filter(([, text]) => !readable(text))
      .map(([path]) => path),
  ].map((path) => ({
    path,
    message: path.endsWith('vitalsDueMinutes') ? 'enter minutes as numbers, separated by commas' : 'enter a number',
  }));
  return issues.length ? new ApiError(400, { code: 'bad_request', message: 'Some numbers are missing or unreadable.', issues }) : null;
}
