import type { BloodPressure } from '../medical/monitoring-settings.js';
import type { AdverseEvent, AdverseEventOutcome } from './adverse-events.js';
import { type Acknowledgement, type SessionAlert, sessionAlerts } from './alerts.js';
import { type BaselineDecision, type BaselineResult, checkBaselineBp, type DosingGate, dosingGate } from './baseline-check.js';
import type { DischargeAssessment, DischargeEvaluation } from './discharge.js';
import { evaluateDischarge } from './discharge.js';
import { type Dose, firstDoseAt as earliestDose, type PrnMedicine } from './doses.js';
import type { ContentEntry, DischargedBody, EventMeta } from './entries.js';
import { isContentKind } from './entries.js';
import type { Fragment } from './fragments.js';
import type { ClinicianEnteredScore } from './sedation.js';
import type { AcceptedEvent, TimelineState } from './timeline-state.js';
import type { TimedReading } from './vitals.js';
import { type VitalsSchedule, vitalsSchedule } from './vitals-schedule.js';

/** One content entry as the timeline shows it now: the current body, with its original and every change kept. */
export interface TimelineEntry {
  id: string;
  meta: EventMeta;
  occurredAt: string;
  timeSource: 'server' | 'device';
  original: ContentEntry;
  /** The body in force: the latest edit or amendment; null when amended as entered in error. */
  current: ContentEntry | null;
  changes: {
    id: string;
    kind: 'edit' | 'amendment';
    authorId: string;
    occurredAt: string;
    reason: string | null;
    replacement: ContentEntry | null;
  }[];
}

/** Content entries in timeline order with edits and amendments folded in. */
export function timelineEntries(state: TimelineState): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const a of state.events) {
    const e = a.event;
    if (isContentKind(e.kind)) {
      const original = { kind: e.kind, body: e.body } as ContentEntry;
      entries.set(e.id, {
        id: e.id,
        meta: metaOf(a),
        occurredAt: a.occurredAt,
        timeSource: a.timeSource,
        original,
        current: original,
        changes: [],
      });
    } else if (e.kind === 'edit' || e.kind === 'amendment') {
      const target = entries.get(e.body.targetId);
      if (!target) continue;
      const reason = e.kind === 'amendment' ? e.body.reason : null;
      target.current = e.body.replacement;
      target.changes.push({
        id: e.id,
        kind: e.kind,
        authorId: e.authorId,
        occurredAt: a.occurredAt,
        reason,
        replacement: e.body.replacement,
      });
    }
  }
  return [...entries.values()];
}

function metaOf(a: AcceptedEvent): EventMeta {
  const { id, sessionId, authorId, deviceTime, clockOffsetMs, serverTime } = a.event;
  return { id, sessionId, authorId, deviceTime, clockOffsetMs, serverTime };
}

type Current<K extends ContentEntry['kind']> = { entry: TimelineEntry; body: Extract<ContentEntry, { kind: K }>['body'] };

function currentOf<K extends ContentEntry['kind']>(entries: readonly TimelineEntry[], kind: K): Current<K>[] {
  const out: Current<K>[] = [];
  for (const entry of entries) {
    if (entry.current?.kind === kind) out.push({ entry, body: entry.current.body as Current<K>['body'] });
  }
  return out;
}

export interface AdverseEventView {
  id: string;
  occurredAt: string;
  event: AdverseEvent;
  /** The latest outcome, from the event itself or a later update. */
  outcome: AdverseEventOutcome;
}

export interface SessionView {
  status: 'open' | 'dosed' | 'discharged';
  entries: TimelineEntry[];
  baseline: { entryId: string; takenAt: string; bp: BloodPressure } | null;
  baselineResult: BaselineResult | null;
  dosingGate: DosingGate;
  doses: { id: string; dose: Dose }[];
  prnMedicines: { id: string; prn: PrnMedicine }[];
  firstDoseAt: string | null;
  readings: TimedReading[];
  schedule: VitalsSchedule | null;
  alerts: SessionAlert[];
  fragments: { id: string; occurredAt: string; fragment: Fragment }[];
  adverseEvents: AdverseEventView[];
  clinicianScores: { id: string; score: ClinicianEnteredScore }[];
  assessment: DischargeAssessment | null;
  discharge: DischargeEvaluation;
  discharged: { id: string; at: string; body: DischargedBody } | null;
}

/** Everything the console shows and the rules read, derived from the timeline at `now`. */
export function sessionView(state: TimelineState, now: string): SessionView {
  const { monitoring, console, prescriberIds } = state.context;
  const entries = timelineEntries(state);
  const readings = currentOf(entries, 'vitals').map(({ entry, body }) => ({ id: entry.id, takenAt: entry.occurredAt, check: body }));
  const baselineReading = readings.filter((r) => r.check.purpose === 'baseline').at(-1) ?? null;
  const baseline = baselineReading
    ? {
        entryId: baselineReading.id,
        takenAt: baselineReading.takenAt,
        bp: { systolic: baselineReading.check.reading.systolic, diastolic: baselineReading.check.reading.diastolic },
      }
    : null;
  const decisions: BaselineDecision[] = currentOf(entries, 'baseline_decision').map(({ body }) => body);
  const doses = currentOf(entries, 'dose').map(({ entry, body }) => ({ id: entry.id, dose: body }));
  const firstDoseAt = earliestDose(doses.map((d) => d.dose));
  const dischargedEvent = state.events.find((a) => a.event.kind === 'discharged');
  const discharged =
    dischargedEvent?.event.kind === 'discharged'
      ? { id: dischargedEvent.event.id, at: dischargedEvent.occurredAt, body: dischargedEvent.event.body }
      : null;
  const at = discharged?.at ?? now;
  const acks: Acknowledgement[] = state.events.flatMap((a) =>
    a.event.kind === 'alert_acknowledged'
      ? [{ alertId: a.event.body.alertId, by: a.event.authorId, at: a.occurredAt, note: a.event.body.note }]
      : [],
  );
  const adverseEvents = adverseEventViews(entries);
  const assessment = currentOf(entries, 'discharge_assessment').at(-1)?.body ?? null;
  const bp = baseline?.bp ?? null;
  const nauseaEvents = adverseEvents.filter((e) => e.event.eventKind === 'nausea_vomiting').map((e) => ({ id: e.id, outcome: e.outcome }));
  return {
    status: discharged ? 'discharged' : firstDoseAt ? 'dosed' : 'open',
    entries,
    baseline,
    baselineResult: baseline ? checkBaselineBp(baseline.bp, monitoring) : null,
    dosingGate: dosingGate(baseline, decisions, monitoring, prescriberIds),
    doses,
    prnMedicines: currentOf(entries, 'prn_medicine').map(({ entry, body }) => ({ id: entry.id, prn: body })),
    firstDoseAt,
    readings,
    schedule: firstDoseAt ? vitalsSchedule(firstDoseAt, readings, at, monitoring, console) : null,
    alerts: sessionAlerts(readings, bp, acks, at, monitoring, console),
    fragments: currentOf(entries, 'fragment').map(({ entry, body }) => ({ id: entry.id, occurredAt: entry.occurredAt, fragment: body })),
    adverseEvents,
    clinicianScores: currentOf(entries, 'clinician_score').map(({ entry, body }) => ({ id: entry.id, score: body })),
    assessment,
    discharge: evaluateDischarge({ firstDoseAt, readings, baseline: bp, nauseaEvents, assessment, at }, monitoring, console),
    discharged,
  };
}

function adverseEventViews(entries: readonly TimelineEntry[]): AdverseEventView[] {
  const views = currentOf(entries, 'adverse_event').map(({ entry, body }) => ({
    id: entry.id,
    occurredAt: entry.occurredAt,
    event: body,
    outcome: body.outcome,
  }));
  for (const { body } of currentOf(entries, 'adverse_event_outcome')) {
    const view = views.find((v) => v.id === body.adverseEventId);
    if (view) view.outcome = body.outcome;
  }
  return views;
}
