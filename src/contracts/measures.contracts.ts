import { z } from 'zod';
import { INSTRUMENT_IDS } from '../domain/measures/types.js';
import { CalendarDateSchema } from './clients.contracts.js';

export const InstrumentIdSchema = z.enum(INSTRUMENT_IDS);

export const MEASURE_CONTEXTS = [
  'consultation',
  'before_session',
  'integration',
  'monthly',
  'course_start',
  'course_end',
  'other',
] as const;
export const MeasureContextSchema = z.enum(MEASURE_CONTEXTS);

const OptionSchema = z.object({ value: z.union([z.number(), z.string()]), label: z.string() });

export const InstrumentSchema = z
  .object({
    id: InstrumentIdSchema,
    version: z.string(),
    title: z.string(),
    administration: z.enum(['self-report', 'clinician-asked']),
    attribution: z.object({ authors: z.string(), source: z.string(), citation: z.string(), licence: z.string() }),
    instructions: z.string(),
    timeframe: z.string(),
    options: z.array(OptionSchema),
    items: z.array(
      z.object({
        number: z.number(),
        text: z.string(),
        kind: z.enum(['scale', 'yes-no']),
        scored: z.boolean(),
        required: z.boolean(),
        options: z.array(OptionSchema).optional(),
        reverseScored: z.boolean().optional(),
        allowsDeclined: z.boolean().optional(),
        askedOnlyIf: z.string().optional(),
        lead: z.string().optional(),
        followUpPrompts: z.array(z.string()).optional(),
      }),
    ),
  })
  .meta({ id: 'Instrument' });

export const InstrumentListSchema = z.object({
  instruments: z.array(
    z.object({
      id: InstrumentIdSchema,
      title: z.string(),
      itemCount: z.number(),
      timeframe: z.string(),
      administration: z.enum(['self-report', 'clinician-asked']),
    }),
  ),
});

export const InstrumentParamsSchema = z.object({ instrumentId: InstrumentIdSchema });

/**
 * Answers keyed by item number; a scale value, or yes / no / declined for the ASQ. Leave an unanswered
 * question out. Each value is checked against its own question by the server, so a refusal names the
 * question and says what it allows (`answers.9`: "Choose one of 0, 1, 2 or 3.").
 */
export const AnswersSchema = z.record(
  z.string().regex(/^\d{1,2}$/, 'item numbers are whole numbers'),
  z.unknown().describe('A whole number from the question’s scale, or "yes", "no" or "declined" (ASQ questions 1–4)'),
);

export const AssignMeasureBodySchema = z.object({ instrumentId: InstrumentIdSchema, context: MeasureContextSchema.default('other') });

export const RecordResponseBodySchema = z.object({
  instrumentId: InstrumentIdSchema,
  answers: AnswersSchema,
  assignmentId: z.uuid().nullable().default(null),
  entryId: z.uuid('must be a record id').optional().describe('The draft saved so far with `PUT …/measure-entries/{entryId}/draft`'),
});

export const EntryDraftParamsSchema = z.object({ id: z.uuid('must be a record id'), entryId: z.uuid('must be a record id') });

export const EntryDraftBodySchema = z.object({ instrumentId: InstrumentIdSchema, answers: AnswersSchema });

/** A draft's answers are saved as given; a disclosure raises its flag on the first save that holds it. */
export const EntryDraftSavedSchema = z.object({
  id: z.string(),
  savedAt: z.string(),
  missingItems: z.array(z.number()),
  summary: z.string(),
  flagsRaised: z.array(z.object({ id: z.string(), kind: z.string(), urgency: z.enum(['high', 'urgent']) })),
  flagged: z.boolean().describe('A safety flag has been raised from these answers, on this save or an earlier one'),
});

export const ClinicianScoreBodySchema = z.object({
  instrumentName: z.string().trim().min(1, 'name the instrument').max(80),
  score: z.number('must be a number'),
  administeredOn: CalendarDateSchema,
  note: z.string().trim().max(2000).default(''),
});

export const BandSchema = z.object({ code: z.string(), label: z.string(), min: z.number(), max: z.number() });

export const MeasureAssignmentSchema = z.object({
  id: z.string(),
  instrumentId: InstrumentIdSchema,
  title: z.string(),
  context: MeasureContextSchema,
  assignedAt: z.string(),
  assignedByName: z.string(),
  status: z.enum(['open', 'completed', 'cancelled']),
});

export const MeasureResponseSchema = z
  .object({
    id: z.string(),
    instrumentId: InstrumentIdSchema,
    instrumentVersion: z.string(),
    title: z.string(),
    completedAt: z.string(),
    entryMode: z.enum(['client', 'clinician_with_client']),
    enteredByName: z.string(),
    total: z.number().nullable(),
    band: BandSchema.nullable(),
    status: z.enum(['complete', 'incomplete']).describe('Incomplete: sent with questions unanswered; kept as it is and never scored'),
    missingItems: z.array(z.number()),
    summary: z.string().describe('One line for a list: the total and band, the screen result, the scale means, or what is missing'),
    result: z.record(z.string(), z.unknown()),
    answers: z.record(z.string(), z.union([z.number(), z.string()])),
  })
  .meta({ id: 'MeasureResponse' });

/** Answers saved as they were given, not sent yet: shown as incomplete, never scored. */
export const MeasureDraftSchema = z.object({
  id: z.string(),
  instrumentId: InstrumentIdSchema,
  title: z.string(),
  entryMode: z.enum(['client', 'clinician_with_client']),
  startedByName: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  missingItems: z.array(z.number()),
  summary: z.string(),
  answers: z.record(z.string(), z.union([z.number(), z.string()])),
});

export const ChangeSchema = z.object({
  change: z.number(),
  direction: z.enum(['improved', 'worsened', 'unchanged']),
  response: z.boolean().nullable().optional(),
  remission: z.boolean().optional(),
  markers: z.array(z.string()).describe('Plain-words markers reached at this point, e.g. "Response (≥50% lower than baseline)"'),
});

export const MeasureSeriesSchema = z.object({
  instrumentId: InstrumentIdSchema,
  title: z.string(),
  maxTotal: z.number(),
  bands: z.array(BandSchema),
  points: z.array(
    z.object({
      responseId: z.string(),
      completedAt: z.string(),
      total: z.number(),
      bandLabel: z.string().nullable(),
      change: ChangeSchema.nullable(),
    }),
  ),
});

export const ClinicianScoreSchema = z.object({
  id: z.string(),
  instrumentName: z.string(),
  score: z.number(),
  note: z.string().nullable(),
  administeredOn: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});

export const ClientMeasuresSchema = z.object({
  assignments: z.array(MeasureAssignmentSchema),
  responses: z.array(MeasureResponseSchema),
  inProgress: z.array(MeasureDraftSchema).describe('Drafts not sent yet, newest first'),
  series: z.array(MeasureSeriesSchema),
  clinicianScores: z.array(ClinicianScoreSchema),
});

export const RecordedResponseSchema = z.object({
  response: MeasureResponseSchema,
  flagsRaised: z.array(z.object({ id: z.string(), kind: z.string(), urgency: z.enum(['high', 'urgent']) })),
  flagged: z.boolean().describe('A safety flag stands from these answers: raised now, or while they were saved as a draft'),
});

export type MeasureResponse = z.infer<typeof MeasureResponseSchema>;
export type MeasureDraft = z.infer<typeof MeasureDraftSchema>;
export type MeasureSeries = z.infer<typeof MeasureSeriesSchema>;
export type MeasureContext = z.infer<typeof MeasureContextSchema>;
