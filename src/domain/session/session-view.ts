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
import { type AcceptedEvent, extensionOf, type TimelineState } from './timeline-state.js';
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

/**
 * Content entries in timeline order with edits and amendments folded in. Remembered per timeline (the
 * events array), and for a timeline that extends the previous one by an event at its end, derived from
 * that one's entries in one step instead of from every event again (0037). Entries are never mutated
 * once returned: a change makes a new entry object, so timelines share the unchanged ones.
 */
export function timelineEntries(state: TimelineState): TimelineEntry[] {
  const events = state.events;
  const known = entriesOf.get(events);
  if (known) return known;
  const link = extensionOf(events);
  const base = link && entriesOf.get(link.base);
  const entries = link && base ? extendEntries(base, link.added) : buildEntries(events);
  entriesOf.set(events, entries);
  return entries;
}

const entriesOf = new WeakMap<readonly AcceptedEvent[], TimelineEntry[]>();

function contentEntry(a: AcceptedEvent): TimelineEntry {
  const original = { kind: a.event.kind, body: a.event.body } as ContentEntry;
  return { id: a.event.id, meta: metaOf(a), occurredAt: a.occurredAt, timeSource: a.timeSource, original, current: original, changes: [] };
}

function changeOf(a: AcceptedEvent & { event: { kind: 'edit' | 'amendment' } }): TimelineEntry['changes'][number] {
  const e = a.event;
  return {
    id: e.id,
    kind: e.kind,
    authorId: e.authorId,
    occurredAt: a.occurredAt,
    reason: e.kind === 'amendment' ? e.body.reason : null,
    replacement: e.body.replacement,
  };
}

const isChange = (a: AcceptedEvent): a is AcceptedEvent & { event: { kind: 'edit' | 'amendment' } } =>
  a.event.kind === 'edit' || a.event.kind === 'amendment';

function buildEntries(events: readonly AcceptedEvent[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const a of events) {
    if (isContentKind(a.event.kind)) entries.set(a.event.id, contentEntry(a));
    else if (isChange(a)) {
      const target = entries.get(a.event.body.targetId);
      if (!target) continue;
      target.current = a.event.body.replacement;
      target.changes.push(changeOf(a));
    }
  }
  return [...entries.values()];
}

/** The same as `buildEntries` of the longer timeline, given the shorter one's entries and the added event. */
function extendEntries(base: readonly TimelineEntry[], added: AcceptedEvent): TimelineEntry[] {
  if (isContentKind(added.event.kind)) return [...base, contentEntry(added)];
  if (!isChange(added)) return base as TimelineEntry[];
  const targetId = added.event.body.targetId;
  const at = base.findIndex((e) => e.id === targetId);
  if (at === -1) return base as TimelineEntry[];
  const target = base[at]!;
  const entries = [...base];
  entries[at] = { ...target, current: added.event.body.replacement, changes: [...target.changes, changeOf(added)] };
  return entries;
}

function metaOf(a: AcceptedEvent): EventMeta {
  const { id, sessionId, authorId, deviceTime, clockOffsetMs, serverTime } = a.event;
  return { id, sessionId, authorId, deviceTime, clockOffsetMs, serverTime };
}

type Current<K extends ContentEntry['kind']> = { entry: TimelineEntry; body: Extract<ContentEntry, { kind: K }>['body'] };

/** The entries in force, by their current kind, in timeline order: one pass for every kind the view reads. */
type ByKind = Map<ContentEntry['kind'], { entry: TimelineEntry; body: ContentEntry['body'] }[]>;

function byCurrentKind(entries: readonly TimelineEntry[]): ByKind {
  const groups: ByKind = new Map();
  for (const entry of entries) {
    const current = entry.current;
    if (!current) continue;
    const group = groups.get(current.kind);
    if (group) group.push({ entry, body: current.body });
    else groups.set(current.kind, [{ entry, body: current.body }]);
  }
  return groups;
}

function currentOf<K extends ContentEntry['kind']>(groups: ByKind, kind: K): Current<K>[] {
  return (groups.get(kind) ?? []) as unknown as Current<K>[];
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
  const groups = byCurrentKind(entries);
  const readings = currentOf(groups, 'vitals').map(({ entry, body }) => ({ id: entry.id, takenAt: entry.occurredAt, check: body }));
  const baselineReading = readings.filter((r) => r.check.purpose === 'baseline').at(-1) ?? null;
  const baseline = baselineReading
    ? {
        entryId: baselineReading.id,
        takenAt: baselineReading.takenAt,
        bp: { systolic: baselineReading.check.reading.systolic, diastolic: baselineReading.check.reading.diastolic },
      }
    : null;
  const decisions: BaselineDecision[] = currentOf(groups, 'baseline_decision').map(({ body }) => body);
  const doses = currentOf(groups, 'dose').map(({ entry, body }) => ({ id: entry.id, dose: body }));
  const firstDoseAt = earliestDose(doses.map((d) => d.dose));
  let discharged: SessionView['discharged'] = null;
  const acks: Acknowledgement[] = [];
  for (const a of state.events) {
    const e = a.event;
    if (e.kind === 'discharged' && !discharged) discharged = { id: e.id, at: a.occurredAt, body: e.body };
    else if (e.kind === 'alert_acknowledged') acks.push({ alertId: e.body.alertId, by: e.authorId, at: a.occurredAt, note: e.body.note });
  }
  const at = discharged?.at ?? now;
  const adverseEvents = adverseEventViews(groups);
  const assessment = currentOf(groups, 'discharge_assessment').at(-1)?.body ?? null;
  const bp = baseline?.bp ?? null;
  const nauseaEvents = adverseEvents.filter((e) => e.event.eventKind === 'nausea_vomiting').map((e) => ({ id: e.id, outcome: e.outcome }));
  return {
    status: discharged ? 'discharged' : firstDoseAt ? 'dosed' : 'open',
    entries,
    baseline,
    baselineResult: baseline ? checkBaselineBp(baseline.bp, monitoring) : null,
    dosingGate: dosingGate(baseline, decisions, monitoring, prescriberIds),
    doses,
    prnMedicines: currentOf(groups, 'prn_medicine').map(({ entry, body }) => ({ id: entry.id, prn: body })),
    firstDoseAt,
    readings,
    schedule: firstDoseAt ? vitalsSchedule(firstDoseAt, readings, at, monitoring, console) : null,
    alerts: sessionAlerts(readings, bp, acks, at, monitoring, console),
    fragments: currentOf(groups, 'fragment').map(({ entry, body }) => ({ id: entry.id, occurredAt: entry.occurredAt, fragment: body })),
    adverseEvents,
    clinicianScores: currentOf(groups, 'clinician_score').map(({ entry, body }) => ({ id: entry.id, score: body })),
    assessment,
    discharge: evaluateDischarge({ firstDoseAt, readings, baseline: bp, nauseaEvents, assessment, at }, monitoring, console),
    discharged,
  };
}

function adverseEventViews(groups: ByKind): AdverseEventView[] {
  const views = currentOf(groups, 'adverse_event').map(({ entry, body }) => ({
    id: entry.id,
    occurredAt: entry.occurredAt,
    event: body,
    outcome: body.outcome,
  }));
  for (const { body } of currentOf(groups, 'adverse_event_outcome')) {
    const view = views.find((v) => v.id === body.adverseEventId);
    if (view) view.outcome = body.outcome;
  }
  return views;
}
