import { z } from 'zod';
import { ADVERSE_EVENT_KIND_CODES, OUTCOME_CODES, SEVERITY_CODES } from '../domain/session/adverse-events.js';
import { ALERT_CODES } from '../domain/session/alerts.js';
import { ROUTE_CODES, SESSION_MEDICINE_CODES } from '../domain/session/doses.js';
import { FRAGMENT_KIND_CODES, FRAGMENT_WORDS_MAX } from '../domain/session/fragments.js';
import { ENVIRONMENT_ASPECT_CODES, INTERVENTION_NOTE_MAX } from '../domain/session/interventions.js';
import { VITALS_PURPOSES, VITALS_RANGES } from '../domain/session/vitals.js';
import { SOMATIC_CATEGORIES } from '../domain/session/vocabulary.js';

/**
 * Console entries as they arrive from a device (online or from its offline outbox). One discriminated
 * union on `kind`; a bad field answers 400 naming its path, e.g. `body.reading.systolic`. The shapes are
 * the domain's (src/domain/session/entries.ts) so the server hands a parsed body straight to the rules.
 * No dose field has a default: Holdspace never pre-fills a dose.
 */

export const whole = (min: number, max: number, what: string) =>
  z
    .number(`enter the ${what} as a number`)
    .int(`the ${what} is a whole number`)
    .min(min, `the ${what} must be between ${min} and ${max}`)
    .max(max, `the ${what} must be between ${min} and ${max}`);

const range = (key: keyof typeof VITALS_RANGES, what: string) => whole(VITALS_RANGES[key][0], VITALS_RANGES[key][1], what);

/** A UTC time as the device's `toISOString()` writes it. */
export const InstantSchema = z.iso.datetime({ error: 'must be a time like 2026-12-01T10:15:00.000Z' });
const RecordId = (what: string) => z.uuid(`choose ${what}`);
const note = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');
const required = (max: number, ask: string) => z.string().trim().min(1, ask).max(max, `must be at most ${max} characters`);

export const VitalsReadingSchema = z
  .object({
    systolic: range('systolic', 'systolic pressure'),
    diastolic: range('diastolic', 'diastolic pressure'),
    heartRate: range('heartRate', 'heart rate'),
    spo2: range('spo2', 'SpO2'),
    respiratoryRate: range('respiratoryRate', 'respiratory rate').nullable().default(null),
    sedation: z
      .literal([0, 1, 2, 3, 4, 5], 'rate MOAA/S as a whole number from 0 to 5')
      .nullable()
      .default(null)
      .describe('MOAA/S 0–5, observer-rated; null at baseline'),
  })
  .refine((r) => r.systolic > r.diastolic, { path: ['diastolic'], message: 'must be lower than the systolic pressure' });

export const VitalsBodySchema = z
  .object({
    reading: VitalsReadingSchema,
    purpose: z.enum(VITALS_PURPOSES, 'choose baseline, scheduled, recheck, discharge or extra'),
    recheckOf: RecordId('the reading this rechecks').nullable().default(null),
  })
  .refine((v) => (v.purpose === 'recheck') === (v.recheckOf !== null), {
    path: ['recheckOf'],
    message: 'a recheck names the reading it rechecks, and only a recheck does',
  });

export const BaselineDecisionBodySchema = z.object({
  baselineEntryId: RecordId('the baseline reading'),
  prescriberId: RecordId('the prescriber'),
  decision: z.enum(['proceed', 'do_not_dose'], 'choose proceed or do not dose'),
  reason: note(2000).describe('required to dose despite a contraindicated baseline'),
});

export const DoseBodySchema = z.object({
  medicine: z.enum(SESSION_MEDICINE_CODES, 'choose ketamine or esketamine'),
  mg: z.number('enter the dose given, in mg').positive('enter the dose given, in mg'),
  route: z.enum(ROUTE_CODES, 'choose sublingual, intramuscular, intranasal or IV'),
  administeredAt: InstantSchema,
  administeredBy: RecordId('who gave it'),
  orderedBy: RecordId('the prescriber whose order it was'),
  lot: note(60).describe('lot number where known'),
});

export const PrnMedicineBodySchema = z.object({
  medicine: required(120, 'name the medicine given'),
  amount: note(60).describe('amount and unit as given, in words'),
  route: z.enum([...ROUTE_CODES, 'oral', 'other'], 'choose how it was given'),
  givenAt: InstantSchema,
  reason: required(500, 'say why it was given'),
  administeredBy: RecordId('who gave it'),
  orderedBy: RecordId('the prescriber whose order it was'),
});

export const ObservationBodySchema = z.object({
  category: z.enum(SOMATIC_CATEGORIES, 'choose breath, posture, energy or movement'),
  term: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'choose a term from the vocabulary'),
  note: note(INTERVENTION_NOTE_MAX),
});

export const InterventionBodySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('grounding_cue'), note: note(INTERVENTION_NOTE_MAX) }),
  z.object({ type: z.literal('co_regulation'), note: note(INTERVENTION_NOTE_MAX) }),
  z.object({ type: z.literal('words_offered'), note: note(INTERVENTION_NOTE_MAX) }),
  z.object({
    type: z.literal('supportive_touch'),
    touchKind: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'choose a kind of touch the client consented to'),
    note: note(INTERVENTION_NOTE_MAX),
  }),
  z.object({
    type: z.literal('environment'),
    aspect: z.enum(ENVIRONMENT_ASPECT_CODES, 'choose light, music, temperature, eyeshade or blanket'),
    note: note(INTERVENTION_NOTE_MAX),
  }),
]);

export const FragmentBodySchema = z.object({
  fragmentKind: z.enum(FRAGMENT_KIND_CODES, 'choose sensation, image, feeling or memory'),
  // Not trimmed beyond the ends: the client's words are kept as typed.
  words: required(FRAGMENT_WORDS_MAX, 'type the client’s words'),
});

export const AdverseEventBodySchema = z.object({
  eventKind: z.enum(ADVERSE_EVENT_KIND_CODES, 'choose what happened'),
  otherDescription: note(500),
  severity: z.enum(SEVERITY_CODES, 'choose mild, moderate or severe'),
  serious: z.boolean('say whether it was serious'),
  actionTaken: note(1000),
  outcome: z.enum(OUTCOME_CODES, 'choose the outcome'),
});

export const AdverseEventOutcomeBodySchema = z.object({
  adverseEventId: RecordId('the adverse event'),
  outcome: z.enum(OUTCOME_CODES, 'choose the outcome'),
  note: note(1000),
});

export const ClinicianScoreBodySchema = z.object({
  instrumentName: required(80, 'name the instrument, e.g. CADSS'),
  score: z.number('must be a number'),
  note: note(1000),
});

export const NoteBodySchema = z.object({ text: required(5000, 'write the note') });

const yesOrNo = 'answer yes or no';

export const DischargeAssessmentBodySchema = z.object({
  alertAndOriented: z.boolean(yesOrNo),
  steadyOnFeet: z.boolean(yesOrNo),
  nauseaSettled: z.boolean(yesOrNo),
  escortPresent: z.boolean(yesOrNo),
  noDrivingAcknowledged: z.boolean(yesOrNo),
  clinicallyReadyAt: InstantSchema.nullable().default(null).describe('may be before the minimum observation ended'),
  dissociationObserved: z.boolean().nullable().default(null).describe('asked by the Spravato REMS form; clinician’s judgment'),
});

const ALERT_ID = new RegExp(`^[0-9a-f-]{36}:(${ALERT_CODES.join('|')})$`);
export const AlertAcknowledgedBodySchema = z.object({
  alertId: z.string().regex(ALERT_ID, 'choose an alert to acknowledge'),
  note: note(1000),
});

export const DischargedBodySchema = z.object({
  override: z
    .object({ prescriberId: RecordId('the prescriber'), reason: required(2000, 'give the reason for discharging now') })
    .nullable()
    .default(null)
    .describe('needed only when not every discharge item holds'),
});

/** The entries with clinical content, as `{ kind, body }`; edits and amendments carry one of these. */
export const ContentEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('vitals'), body: VitalsBodySchema }),
  z.object({ kind: z.literal('baseline_decision'), body: BaselineDecisionBodySchema }),
  z.object({ kind: z.literal('dose'), body: DoseBodySchema }),
  z.object({ kind: z.literal('prn_medicine'), body: PrnMedicineBodySchema }),
  z.object({ kind: z.literal('observation'), body: ObservationBodySchema }),
  z.object({ kind: z.literal('intervention'), body: InterventionBodySchema }),
  z.object({ kind: z.literal('fragment'), body: FragmentBodySchema }),
  z.object({ kind: z.literal('adverse_event'), body: AdverseEventBodySchema }),
  z.object({ kind: z.literal('adverse_event_outcome'), body: AdverseEventOutcomeBodySchema }),
  z.object({ kind: z.literal('clinician_score'), body: ClinicianScoreBodySchema }),
  z.object({ kind: z.literal('note'), body: NoteBodySchema }),
  z.object({ kind: z.literal('discharge_assessment'), body: DischargeAssessmentBodySchema }),
]);

export const EditBodySchema = z.object({ targetId: RecordId('the entry to edit'), replacement: ContentEntrySchema });
export const AmendmentBodySchema = z.object({
  targetId: RecordId('the entry to amend'),
  replacement: ContentEntrySchema.nullable().describe('null marks the entry as entered in error'),
  reason: required(2000, 'say why the entry is amended'),
});

/** What every entry carries besides its kind and body. The author and server time are the server's. */
const Envelope = {
  id: z.uuid({ version: 'v7', error: 'must be a UUIDv7 made on the device' }),
  deviceTime: InstantSchema,
  clockOffsetMs: z
    .number()
    .int()
    .min(-86_400_000, 'must be within a day')
    .max(86_400_000, 'must be within a day')
    .default(0)
    .describe('server − device in ms, as the device last measured it; 0 if never synced'),
};

const entry = <K extends string, B extends z.ZodType>(kind: K, body: B) => z.object({ ...Envelope, kind: z.literal(kind), body });

export const ConsoleEntrySchema = z
  .discriminatedUnion('kind', [
    entry('vitals', VitalsBodySchema),
    entry('baseline_decision', BaselineDecisionBodySchema),
    entry('dose', DoseBodySchema),
    entry('prn_medicine', PrnMedicineBodySchema),
    entry('observation', ObservationBodySchema),
    entry('intervention', InterventionBodySchema),
    entry('fragment', FragmentBodySchema),
    entry('adverse_event', AdverseEventBodySchema),
    entry('adverse_event_outcome', AdverseEventOutcomeBodySchema),
    entry('clinician_score', ClinicianScoreBodySchema),
    entry('note', NoteBodySchema),
    entry('discharge_assessment', DischargeAssessmentBodySchema),
    entry('alert_acknowledged', AlertAcknowledgedBodySchema),
    entry('discharged', DischargedBodySchema),
    entry('edit', EditBodySchema),
    entry('amendment', AmendmentBodySchema),
  ])
  .meta({ id: 'ConsoleEntry' });

/** An outbox sends what it holds in one request; each entry is applied (or not) on its own. */
export const ConsoleEntryBatchSchema = z.object({
  entries: z.array(ConsoleEntrySchema).min(1, 'send at least one entry').max(200, 'send at most 200 entries at a time'),
});

export const SessionEntryParamsSchema = z.object({ sessionId: z.uuid('must be a session id') });

export type ConsoleEntryBody = z.infer<typeof ConsoleEntrySchema>;
export type ContentEntryBody = z.infer<typeof ContentEntrySchema>;
