import type { BloodPressure } from '../medical/monitoring-settings.js';
import { localDate } from '../time/local-date.js';
import { minutesBetween, toMs } from './clock.js';
import { isSedated, type MoaasScore } from './sedation.js';
import type { SessionView } from './session-view.js';
import type { TimedReading } from './vitals.js';

/**
 * A summary with the fields of the Spravato REMS patient monitoring form, for practices that also give
 * intranasal esketamine, so they can copy it across (clinical.md, "Spravato REMS patient monitoring form").
 * The form has versions: the fields are kept as a versioned template. Version 1 follows the field list in
 * clinical.md; check it against the form the REMS currently publishes before relying on it, and add a
 * new version (never change an old one) when the form changes.
 */
export const REMS_TEMPLATES = {
  '1': {
    id: 'spravato-rems-patient-monitoring',
    version: '1',
    fields: [
      { key: 'sessionDate', label: 'Date of treatment session' },
      { key: 'doseMg', label: 'Dose (mg)' },
      { key: 'lots', label: 'Lot number' },
      { key: 'firstDeviceAt', label: 'Time of first device' },
      { key: 'totalMinutesMonitored', label: 'Total minutes monitored' },
      { key: 'bpBeforeDosing', label: 'Blood pressure before dosing' },
      { key: 'bpAtAbout40Minutes', label: 'Blood pressure at about 40 minutes' },
      { key: 'bpBeforeDischarge', label: 'Blood pressure before discharge' },
      { key: 'vitalsAcceptableBeforeDosing', label: 'Vital signs acceptable before dosing' },
      { key: 'vitalsAcceptableBeforeDischarge', label: 'Vital signs acceptable before discharge' },
      { key: 'minutesUntilReadyWithoutMinimum', label: 'Minutes until ready to leave, without the 2-hour minimum' },
      { key: 'sedation', label: 'Sedation' },
      { key: 'dissociation', label: 'Dissociation' },
      { key: 'respiratoryDepression', label: 'Respiratory depression' },
      { key: 'seriousAdverseEvents', label: 'Serious adverse events' },
      { key: 'concomitantMedicines', label: 'Concomitant medicines' },
    ],
  },
} as const;
export type RemsTemplateVersion = keyof typeof REMS_TEMPLATES;
export const CURRENT_REMS_TEMPLATE: RemsTemplateVersion = '1';
export type RemsFieldKey = (typeof REMS_TEMPLATES)[RemsTemplateVersion]['fields'][number]['key'];

/** Medicine classes the form asks about; answered from the client's medical screening, not from the session. */
export const CONCOMITANT_CLASSES = [
  { code: 'benzodiazepines', label: 'Benzodiazepines' },
  { code: 'nonBenzodiazepineHypnotics', label: 'Non-benzodiazepine hypnotics' },
  { code: 'psychostimulants', label: 'Psychostimulants' },
  { code: 'maois', label: 'MAOIs' },
  { code: 'opioids', label: 'Opioids' },
] as const;
export type ConcomitantClass = (typeof CONCOMITANT_CLASSES)[number]['code'];
export type Answer = 'yes' | 'no' | 'not_recorded';

export interface RemsSummary {
  templateId: string;
  templateVersion: RemsTemplateVersion;
  sessionDate: string;
  doseMg: number;
  lots: string[];
  firstDeviceAt: string;
  totalMinutesMonitored: number;
  bpBeforeDosing: BloodPressure | null;
  bpAtAbout40Minutes: (BloodPressure & { minutesAfterFirstDevice: number }) | null;
  bpBeforeDischarge: BloodPressure | null;
  vitalsAcceptableBeforeDosing: { answer: Answer; detail: string };
  vitalsAcceptableBeforeDischarge: { answer: Answer; detail: string };
  minutesUntilReadyWithoutMinimum: number | null;
  sedation: { answer: Answer; lowestMoaas: MoaasScore | null };
  dissociation: { answer: Answer; clinicianScores: { instrumentName: string; score: number }[] };
  respiratoryDepression: { answer: Answer; detail: string };
  seriousAdverseEvents: { answer: Answer; events: { kind: string; description: string }[] };
  concomitantMedicines: Record<ConcomitantClass, Answer>;
  /** Fields the session did not record, in the template's words, so the gap is seen before copying. */
  notRecorded: RemsFieldKey[];
}

export interface RemsInputs {
  view: SessionView;
  timeZone: string;
  now: string;
  concomitant: Partial<Record<ConcomitantClass, 'yes' | 'no'>>;
}

/** Null when the session gave no intranasal esketamine: the form is for Spravato sessions only. */
export function remsSummary({ view, timeZone, now, concomitant }: RemsInputs): RemsSummary | null {
  const devices = view.doses.filter((d) => d.dose.medicine === 'esketamine' && d.dose.route === 'intranasal');
  if (devices.length === 0) return null;
  const firstDeviceAt = devices.map((d) => d.dose.administeredAt).sort((a, b) => toMs(a) - toMs(b))[0]!;
  const endAt = view.discharged?.at ?? now;
  const bpOf = (r: TimedReading | null) => (r ? { systolic: r.check.reading.systolic, diastolic: r.check.reading.diastolic } : null);
  const dischargeItem = view.discharge.items.find((i) => i.code === 'bp_within_thresholds')!;
  const dischargeReading = view.readings.find((r) => r.id === view.discharge.dischargeReadingId) ?? null;
  const summary: Omit<RemsSummary, 'notRecorded'> = {
    templateId: REMS_TEMPLATES[CURRENT_REMS_TEMPLATE].id,
    templateVersion: CURRENT_REMS_TEMPLATE,
    sessionDate: localDate(new Date(firstDeviceAt), timeZone),
    doseMg: devices.reduce((sum, d) => sum + d.dose.mg, 0),
    lots: [...new Set(devices.map((d) => d.dose.lot.trim()).filter(Boolean))],
    firstDeviceAt,
    totalMinutesMonitored: Math.floor(minutesBetween(firstDeviceAt, endAt)),
    bpBeforeDosing: view.baseline?.bp ?? null,
    bpAtAbout40Minutes: bpAt40(view.readings, firstDeviceAt),
    bpBeforeDischarge: view.discharged ? bpOf(dischargeReading) : null,
    vitalsAcceptableBeforeDosing: beforeDosing(view),
    vitalsAcceptableBeforeDischarge: view.discharged
      ? { answer: dischargeItem.holds ? 'yes' : 'no', detail: dischargeItem.detail }
      : { answer: 'not_recorded', detail: 'The client has not been discharged yet.' },
    minutesUntilReadyWithoutMinimum: view.discharge.minutesUntilClinicallyReady,
    sedation: sedation(view),
    dissociation: {
      answer: answerOf(view.assessment?.dissociationObserved ?? null),
      clinicianScores: view.clinicianScores.map((s) => ({ instrumentName: s.score.instrumentName, score: s.score.score })),
    },
    respiratoryDepression: respiratory(view),
    seriousAdverseEvents: serious(view),
    concomitantMedicines: Object.fromEntries(CONCOMITANT_CLASSES.map((c) => [c.code, concomitant[c.code] ?? 'not_recorded'])) as Record<
      ConcomitantClass,
      Answer
    >,
  };
  return { ...summary, notRecorded: notRecorded(summary) };
}

const answerOf = (value: boolean | null): Answer => (value === null ? 'not_recorded' : value ? 'yes' : 'no');

// "At about 40 minutes" (clinical.md; the Spravato label's typical peak): the reading nearest +40 within ±10.
function bpAt40(readings: readonly TimedReading[], firstDeviceAt: string): RemsSummary['bpAtAbout40Minutes'] {
  const near = readings
    .filter((r) => r.check.purpose !== 'baseline')
    .map((r) => ({ r, m: minutesBetween(firstDeviceAt, r.takenAt) }))
    .filter(({ m }) => Math.abs(m - 40) <= 10)
    .sort((a, b) => Math.abs(a.m - 40) - Math.abs(b.m - 40))[0];
  if (!near) return null;
  return {
    systolic: near.r.check.reading.systolic,
    diastolic: near.r.check.reading.diastolic,
    minutesAfterFirstDevice: Math.round(near.m),
  };
}

function beforeDosing(view: SessionView): RemsSummary['vitalsAcceptableBeforeDosing'] {
  if (!view.baselineResult) return { answer: 'not_recorded', detail: 'No baseline was recorded.' };
  if (view.baselineResult.level === 'within') return { answer: 'yes', detail: view.baselineResult.message };
  // Above the warning level, "acceptable" is the prescriber's judgement: it is yes only when they recorded it.
  if (view.dosingGate.allowed)
    return { answer: 'yes', detail: `${view.baselineResult.message} The prescriber recorded the decision to dose.` };
  return { answer: 'no', detail: view.baselineResult.message };
}

function sedation(view: SessionView): RemsSummary['sedation'] {
  const scores = view.readings.flatMap((r) =>
    r.check.purpose !== 'baseline' && r.check.reading.sedation !== null ? [r.check.reading.sedation] : [],
  );
  const excessive = view.adverseEvents.some((e) => e.event.eventKind === 'excessive_sedation');
  if (scores.length === 0 && !excessive) return { answer: 'not_recorded', lowestMoaas: null };
  const lowest = scores.length ? (Math.min(...scores) as MoaasScore) : null;
  return { answer: excessive || (lowest !== null && isSedated(lowest)) ? 'yes' : 'no', lowestMoaas: lowest };
}

function respiratory(view: SessionView): RemsSummary['respiratoryDepression'] {
  const concern = view.adverseEvents.filter((e) => e.event.eventKind === 'respiratory_concern');
  const lowSpo2 = view.alerts.filter((a) => a.code === 'spo2_low');
  if (concern.length || lowSpo2.length) {
    const parts = [
      concern.length ? `${concern.length} respiratory concern(s) logged` : '',
      lowSpo2.length ? `${lowSpo2.length} low SpO2 alert(s)` : '',
    ];
    return { answer: 'yes', detail: `${parts.filter(Boolean).join('; ')}. Confirm against the form's definition.` };
  }
  const checked = view.readings.some((r) => r.check.purpose !== 'baseline');
  return checked
    ? { answer: 'no', detail: 'No respiratory concern or low SpO2 was logged.' }
    : { answer: 'not_recorded', detail: 'No vitals after dosing.' };
}

function serious(view: SessionView): RemsSummary['seriousAdverseEvents'] {
  const events = view.adverseEvents
    .filter((e) => e.event.serious)
    .map((e) => ({ kind: e.event.eventKind, description: e.event.otherDescription || e.event.actionTaken }));
  return { answer: events.length ? 'yes' : 'no', events };
}

function notRecorded(s: Omit<RemsSummary, 'notRecorded'>): RemsFieldKey[] {
  const missing: RemsFieldKey[] = [];
  if (s.lots.length === 0) missing.push('lots');
  if (!s.bpBeforeDosing) missing.push('bpBeforeDosing');
  if (!s.bpAtAbout40Minutes) missing.push('bpAtAbout40Minutes');
  if (!s.bpBeforeDischarge) missing.push('bpBeforeDischarge');
  if (s.vitalsAcceptableBeforeDosing.answer === 'not_recorded') missing.push('vitalsAcceptableBeforeDosing');
  if (s.vitalsAcceptableBeforeDischarge.answer === 'not_recorded') missing.push('vitalsAcceptableBeforeDischarge');
  if (s.minutesUntilReadyWithoutMinimum === null) missing.push('minutesUntilReadyWithoutMinimum');
  if (s.sedation.answer === 'not_recorded') missing.push('sedation');
  if (s.dissociation.answer === 'not_recorded') missing.push('dissociation');
  if (s.respiratoryDepression.answer === 'not_recorded') missing.push('respiratoryDepression');
  if (Object.values(s.concomitantMedicines).includes('not_recorded')) missing.push('concomitantMedicines');
  return missing;
}
