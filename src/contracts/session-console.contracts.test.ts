import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ContentEntry, EntryPayload, SessionEvent } from '../domain/session/entries.js';
import { ENTRY_KINDS } from '../domain/session/entries.js';
import { sessionView } from '../domain/session/session-view.js';
import { context, PRESCRIBER } from '../domain/session/test-fixtures.js';
import { applyEvent, foldTimeline } from '../domain/session/timeline.js';
import { emptyTimeline } from '../domain/session/timeline-state.js';
import { DEFAULT_SOMATIC_VOCABULARY } from '../domain/session/vocabulary.js';
import {
  ConsoleEntryBatchSchema,
  type ConsoleEntryBody,
  ConsoleEntrySchema,
  ConsoleSettingsSchema,
  type ContentEntryBody,
  EntriesAfterQuerySchema,
  SomaticVocabularySchema,
} from './session-console.contracts.js';

// Compile-time: what the contract lets through is what the domain rules take.
const contentFits = (e: ContentEntryBody): ContentEntry => e;
const payloadFits = (e: ConsoleEntryBody): EntryPayload => e;
void contentFits;
void payloadFits;

const t = '2026-12-01T10:15:00.000Z';
const rx = uuidv7();
const nurse = uuidv7();
const target = uuidv7();

const samples: Record<(typeof ENTRY_KINDS)[number], unknown> = {
  vitals: { reading: { systolic: 132, diastolic: 84, heartRate: 76, spo2: 98, sedation: 5 }, purpose: 'scheduled' },
  baseline_decision: { baselineEntryId: target, prescriberId: rx, decision: 'proceed', reason: '' },
  dose: { medicine: 'ketamine', mg: 150, route: 'intramuscular', administeredAt: t, administeredBy: nurse, orderedBy: rx },
  prn_medicine: {
    medicine: 'Ondansetron ODT',
    amount: '4 mg',
    route: 'oral',
    givenAt: t,
    reason: 'nausea',
    administeredBy: nurse,
    orderedBy: rx,
  },
  observation: { category: 'breath', term: 'sighing' },
  intervention: { type: 'environment', aspect: 'music', note: 'Set 2' },
  fragment: { fragmentKind: 'image', words: 'a blue door' },
  adverse_event: { eventKind: 'nausea_vomiting', severity: 'mild', serious: false, outcome: 'ongoing' },
  adverse_event_outcome: { adverseEventId: target, outcome: 'resolved' },
  clinician_score: { instrumentName: 'CADSS', score: 14 },
  note: { text: 'Asked for the window open' },
  discharge_assessment: {
    alertAndOriented: true,
    steadyOnFeet: true,
    nauseaSettled: true,
    escortPresent: true,
    noDrivingAcknowledged: true,
  },
  alert_acknowledged: { alertId: `${target}:systolic_high`, note: 'Rechecked' },
  discharged: {},
  edit: { targetId: target, replacement: { kind: 'note', body: { text: 'Asked for the window closed' } } },
  amendment: { targetId: target, replacement: null, reason: 'Entered on the wrong session' },
};

const wrap = (kind: string, body: unknown, more: object = {}) => ({ id: uuidv7(), kind, body, deviceTime: t, ...more });
const issues = (value: unknown) => {
  const r = ConsoleEntrySchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('ConsoleEntrySchema', () => {
  it('accepts a sample of every kind, filling only harmless defaults', () => {
    for (const kind of ENTRY_KINDS) expect(issues(wrap(kind, samples[kind])), kind).toEqual([]);
    const vitals = ConsoleEntrySchema.parse(wrap('vitals', samples.vitals));
    expect(vitals).toMatchObject({ clockOffsetMs: 0, body: { recheckOf: null, reading: { respiratoryRate: null } } });
  });

  it('names the field inside the body that is wrong', () => {
    expect(
      issues(wrap('vitals', { ...(samples.vitals as object), reading: { systolic: 1320, diastolic: 84, heartRate: 76, spo2: 98 } })),
    ).toEqual([{ path: 'body.reading.systolic', message: 'the systolic pressure must be between 40 and 300' }]);
    expect(issues(wrap('fragment', { fragmentKind: 'dream', words: ' ' }))).toEqual([
      { path: 'body.fragmentKind', message: 'choose sensation, image, feeling or memory' },
      { path: 'body.words', message: 'type the client’s words' },
    ]);
  });

  it('takes MOAA/S as a whole score from 0 to 5', () => {
    const reading = { systolic: 130, diastolic: 80, heartRate: 70, spo2: 98 };
    expect(issues(wrap('vitals', { reading: { ...reading, sedation: 6 }, purpose: 'scheduled' }))).toEqual([
      { path: 'body.reading.sedation', message: 'rate MOAA/S as a whole number from 0 to 5' },
    ]);
    expect(issues(wrap('vitals', { reading: { ...reading, sedation: 0 }, purpose: 'scheduled' }))).toEqual([]);
  });

  it('names an unknown kind', () => {
    expect(issues(wrap('horoscope', {}))[0]?.path).toBe('kind');
  });

  it('needs a UUIDv7 made on the device and a UTC time', () => {
    expect(issues({ ...wrap('note', samples.note), id: '3f1d2c3e-1234-4abc-8abc-0123456789ab' })).toEqual([
      { path: 'id', message: 'must be a UUIDv7 made on the device' },
    ]);
    expect(issues({ ...wrap('note', samples.note), deviceTime: 'ten past' })[0]?.path).toBe('deviceTime');
  });

  it('never fills in a dose: mg, route and medicine must be given', () => {
    const { mg: _mg, route: _route, medicine: _medicine, ...rest } = samples.dose as Record<string, unknown>;
    expect(issues(wrap('dose', rest)).map((i) => i.path)).toEqual(['body.medicine', 'body.mg', 'body.route']);
    expect(issues(wrap('dose', { ...(samples.dose as object), mg: 0 }))).toEqual([
      { path: 'body.mg', message: 'enter the dose given, in mg' },
    ]);
  });

  it('ties a recheck to the reading it rechecks, and only a recheck', () => {
    const reading = (samples.vitals as { reading: object }).reading;
    expect(issues(wrap('vitals', { reading, purpose: 'recheck' }))).toEqual([
      { path: 'body.recheckOf', message: 'a recheck names the reading it rechecks, and only a recheck does' },
    ]);
    expect(issues(wrap('vitals', { reading, purpose: 'recheck', recheckOf: target }))).toEqual([]);
    expect(issues(wrap('vitals', { reading, purpose: 'scheduled', recheckOf: target }))[0]?.path).toBe('body.recheckOf');
  });

  it('refuses a diastolic above the systolic (numbers swapped)', () => {
    expect(issues(wrap('vitals', { reading: { systolic: 80, diastolic: 120, heartRate: 70, spo2: 98 }, purpose: 'extra' }))).toEqual([
      { path: 'body.reading.diastolic', message: 'must be lower than the systolic pressure' },
    ]);
  });

  it('validates the replacement inside an edit, with its path', () => {
    expect(issues(wrap('edit', { targetId: target, replacement: { kind: 'note', body: { text: '' } } }))).toEqual([
      { path: 'body.replacement.body.text', message: 'write the note' },
    ]);
  });

  it('needs a reason for an amendment and for a discharge override', () => {
    expect(issues(wrap('amendment', { targetId: target, replacement: null, reason: '' }))[0]?.path).toBe('body.reason');
    expect(issues(wrap('discharged', { override: { prescriberId: rx, reason: ' ' } }))[0]?.path).toBe('body.override.reason');
  });

  it('acknowledges an alert by its derived id only', () => {
    expect(issues(wrap('alert_acknowledged', { alertId: `${target}:feeling_off` }))[0]?.path).toBe('body.alertId');
  });

  it('limits a batch from the outbox', () => {
    expect(ConsoleEntryBatchSchema.safeParse({ entries: [] }).success).toBe(false);
    const many = Array.from({ length: 201 }, () => wrap('note', samples.note));
    expect(ConsoleEntryBatchSchema.safeParse({ entries: many }).error?.issues[0]?.message).toBe('send at most 200 entries at a time');
  });
});

describe('from the contract to the domain rules', () => {
  it('folds parsed entries straight into the timeline', () => {
    const ctx = context({ prescriberIds: [rx] });
    const toEvent = (raw: unknown, serverTime: string): SessionEvent => ({
      ...ConsoleEntrySchema.parse(raw),
      sessionId: ctx.sessionId,
      authorId: rx,
      serverTime,
    });
    const baselineRaw = wrap(
      'vitals',
      { reading: { systolic: 124, diastolic: 80, heartRate: 70, spo2: 99 }, purpose: 'baseline' },
      { deviceTime: '2026-12-01T10:05:00.000Z' },
    );
    const doseRaw = wrap(
      'dose',
      { ...(samples.dose as object), administeredBy: rx, administeredAt: '2026-12-01T10:10:00.000Z' },
      { deviceTime: '2026-12-01T10:10:00.000Z' },
    );
    const events = [toEvent(baselineRaw, '2026-12-01T10:05:00.000Z'), toEvent(doseRaw, '2026-12-01T10:10:00.000Z')];
    const fold = foldTimeline(ctx, events);
    expect(fold.rejected).toEqual([]);
    expect(sessionView(fold.state, t).firstDoseAt).toBe('2026-12-01T10:10:00.000Z');
    const again = applyEvent(fold.state, events[1]!);
    expect(again.outcome).toBe('duplicate');
    expect(applyEvent(emptyTimeline(ctx), { ...events[1]!, authorId: PRESCRIBER }).outcome).toBe('rejected');
  });
});

describe('settings and queries', () => {
  it('accepts the default vocabulary and the console settings', () => {
    expect(SomaticVocabularySchema.safeParse(DEFAULT_SOMATIC_VOCABULARY).success).toBe(true);
    const bad = SomaticVocabularySchema.safeParse({ ...DEFAULT_SOMATIC_VOCABULARY, breath: [{ code: 'Slow', label: '' }] });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['breath.0.code', 'breath.0.label']);
    expect(
      ConsoleSettingsSchema.safeParse({
        recheckAfterMinutes: 5,
        recheckGraceMinutes: 2,
        vitalsGraceMinutes: 5,
        vitalsEarlyMinutes: 5,
        dischargeVitalsWithinMinutes: 15,
        editWindowMinutes: 5,
      }).success,
    ).toBe(true);
  });

  it('takes a catch-up cursor of server time and id', () => {
    expect(EntriesAfterQuerySchema.safeParse({ after: `${t}|${target}` }).success).toBe(true);
    expect(EntriesAfterQuerySchema.safeParse({ after: 'yesterday' }).error?.issues[0]?.path).toEqual(['after']);
  });
});
