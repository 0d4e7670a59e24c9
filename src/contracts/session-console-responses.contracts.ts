import { z } from 'zod';
import { ALERT_CODES } from '../domain/session/alerts.js';
import { CONTENT_KINDS } from '../domain/session/entries.js';
import { SOMATIC_CATEGORIES } from '../domain/session/vocabulary.js';
import { ContentEntrySchema, InstantSchema, whole } from './session-console-entries.contracts.js';
import { SessionGlanceSchema } from './session-console-glance.contracts.js';

/** What the server answers to the session console, and the practice settings the console reads. */

// ——— Practice settings for the console ———

const TermSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'use lower-case letters, digits and underscores, starting with a letter'),
  label: z.string().trim().min(1, 'please give the term a label').max(40, 'must be at most 40 characters'),
  retired: z.boolean().default(false),
});
/** Shape only; `checkVocabularyEdit` (domain) checks repeats and that no term in use was removed. */
export const SomaticVocabularySchema = z
  .object(
    Object.fromEntries(SOMATIC_CATEGORIES.map((c) => [c, z.array(TermSchema).max(20, 'can hold at most 20 terms')])) as Record<
      (typeof SOMATIC_CATEGORIES)[number],
      z.ZodArray<typeof TermSchema>
    >,
  )
  .meta({ id: 'SomaticVocabulary' });

const minutes = (min: number, max: number) => whole(min, max, 'number of minutes');
export const ConsoleSettingsSchema = z
  .object({
    recheckAfterMinutes: minutes(1, 30),
    recheckGraceMinutes: minutes(0, 15),
    vitalsGraceMinutes: minutes(0, 30),
    vitalsEarlyMinutes: minutes(0, 30),
    dischargeVitalsWithinMinutes: minutes(5, 60),
    editWindowMinutes: minutes(0, 60),
  })
  .meta({ id: 'ConsoleSettings' });

// ——— Responses ———

const Outcome = z.enum(['applied', 'duplicate']).describe('duplicate: this id was already applied with the same content; nothing changed');

export const EntryAcceptedSchema = z
  .object({
    id: z.string(),
    outcome: Outcome,
    serverTime: InstantSchema,
    occurredAt: InstantSchema,
    timeSource: z.enum(['server', 'device']).describe('device: logged offline, placed by the device clock'),
  })
  .meta({ id: 'EntryAccepted' });

/** Per entry of a batch: a conflict or refusal of one entry does not stop the others. */
export const EntryBatchResultSchema = z.object({
  results: z.array(
    z.discriminatedUnion('outcome', [
      EntryAcceptedSchema.extend({ outcome: Outcome }),
      z.object({
        id: z.string(),
        outcome: z.literal('conflict'),
        error: z.object({ code: z.literal('conflict'), message: z.string() }),
      }),
      z.object({
        id: z.string(),
        outcome: z.literal('rejected'),
        error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
      }),
    ]),
  ),
});

const BpSchema = z.object({ systolic: z.number(), diastolic: z.number() });
const Person = z.object({ id: z.string(), name: z.string() });

export const TimelineEntryViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(CONTENT_KINDS),
    author: Person,
    deviceTime: InstantSchema,
    serverTime: InstantSchema,
    occurredAt: InstantSchema,
    timeSource: z.enum(['server', 'device']),
    original: ContentEntrySchema,
    current: ContentEntrySchema.nullable().describe('null: amended as entered in error'),
    editableUntil: InstantSchema.nullable().describe('the author may edit until then; null when only an amendment is possible'),
    changes: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['edit', 'amendment']),
        author: Person,
        occurredAt: InstantSchema,
        reason: z.string().nullable(),
        replacement: ContentEntrySchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'TimelineEntry' });

const RecheckSchema = z.discriminatedUnion('status', [
  z.object({ status: z.enum(['waiting', 'due', 'overdue']), dueAt: InstantSchema }),
  z.object({ status: z.enum(['confirmed', 'not_confirmed']), dueAt: InstantSchema, recheckId: z.string(), minutesAfter: z.number() }),
]);

export const SessionAlertViewSchema = z
  .object({
    id: z.string().describe('`<reading id>:<code>`, the same on every device'),
    readingId: z.string(),
    code: z.enum(ALERT_CODES),
    message: z.string(),
    raisedAt: InstantSchema,
    recheck: RecheckSchema.nullable(),
    acknowledged: z.object({ by: Person, at: InstantSchema, note: z.string() }).nullable(),
  })
  .meta({ id: 'SessionAlert' });

export const VitalsScheduleSchema = z.object({
  slots: z.array(
    z.object({
      minutes: z.number(),
      dueAt: InstantSchema,
      windowStart: InstantSchema,
      windowEnd: InstantSchema.nullable(),
      status: z.enum(['done', 'upcoming', 'due', 'overdue', 'missed']),
      readingId: z.string().nullable(),
    }),
  ),
  nextDueAt: InstantSchema.nullable(),
  overdueCount: z.number().int(),
});

export const DischargeEvaluationSchema = z.object({
  items: z.array(z.object({ code: z.string(), label: z.string(), holds: z.boolean(), detail: z.string() })),
  allHold: z.boolean(),
  minutesSinceFirstDose: z.number().nullable(),
  minutesUntilClinicallyReady: z.number().nullable(),
  dischargeReadingId: z.string().nullable(),
});

export const DosingGateSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true), via: z.enum(['within', 'prescriber_decision', 'prescriber_override']) }),
  z.object({
    allowed: z.literal(false),
    code: z.enum(['no_baseline', 'needs_prescriber_decision', 'needs_prescriber_override', 'prescriber_declined']),
    message: z.string(),
  }),
]);

/** The console's whole picture of a session; after it, the stream sends entries after `cursor`. */
export const SessionConsoleStateSchema = z
  .object({
    session: z.object({
      id: z.string(),
      clientId: z.string(),
      status: z.enum(['open', 'dosed', 'discharged']),
      openedAt: InstantSchema,
      firstDoseAt: InstantSchema.nullable(),
      dischargedAt: InstantSchema.nullable(),
    }),
    serverNow: InstantSchema.describe('lets the device measure its clock offset'),
    glance: SessionGlanceSchema,
    baseline: z.object({ entryId: z.string(), takenAt: InstantSchema, bp: BpSchema }).nullable(),
    baselineResult: z
      .object({ level: z.enum(['within', 'warning', 'contraindicated']), needs: z.string(), code: z.string(), message: z.string() })
      .nullable(),
    dosingGate: DosingGateSchema,
    schedule: VitalsScheduleSchema.nullable(),
    alerts: z.array(SessionAlertViewSchema),
    discharge: DischargeEvaluationSchema,
    vocabulary: SomaticVocabularySchema.describe('the practice’s vocabulary as it stood when the session opened'),
    editWindowMinutes: z.number().int().describe('how long an author may edit an entry before only an amendment is possible'),
    entries: z.array(TimelineEntryViewSchema),
    cursor: z.string().nullable().describe('the last entry’s `serverTime|id`; ask for entries after it to catch up'),
    liveSeq: z
      .number()
      .int()
      .describe('the session topic’s latest live event number: open the stream with `?since=` this to miss nothing after this state'),
  })
  .meta({ id: 'SessionConsoleState' });

/** Catching up after a reconnect: entries strictly after the cursor, in timeline order (server time, then id). */
export const EntriesAfterQuerySchema = z.object({
  after: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|[0-9a-f-]{36}$/, 'must be a cursor from the session state')
    .optional(),
});

const Answer = z.enum(['yes', 'no', 'not_recorded']);
export const RemsSummarySchema = z
  .object({
    templateId: z.string(),
    templateVersion: z.string(),
    sessionDate: z.string(),
    doseMg: z.number(),
    lots: z.array(z.string()),
    firstDeviceAt: InstantSchema,
    totalMinutesMonitored: z.number(),
    bpBeforeDosing: BpSchema.nullable(),
    bpAtAbout40Minutes: BpSchema.extend({ minutesAfterFirstDevice: z.number() }).nullable(),
    bpBeforeDischarge: BpSchema.nullable(),
    vitalsAcceptableBeforeDosing: z.object({ answer: Answer, detail: z.string() }),
    vitalsAcceptableBeforeDischarge: z.object({ answer: Answer, detail: z.string() }),
    minutesUntilReadyWithoutMinimum: z.number().nullable(),
    sedation: z.object({ answer: Answer, lowestMoaas: z.number().nullable() }),
    dissociation: z.object({ answer: Answer, clinicianScores: z.array(z.object({ instrumentName: z.string(), score: z.number() })) }),
    respiratoryDepression: z.object({ answer: Answer, detail: z.string() }),
    seriousAdverseEvents: z.object({ answer: Answer, events: z.array(z.object({ kind: z.string(), description: z.string() })) }),
    concomitantMedicines: z.record(z.string(), Answer),
    notRecorded: z.array(z.string()),
  })
  .meta({ id: 'RemsSummary' });
