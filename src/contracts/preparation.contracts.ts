import { z } from 'zod';
import { AUTHOR_KINDS, COURSE_STATUSES, GROUNDING_KINDS, INTENTION_KINDS, TOUCH_KINDS } from '../domain/preparation/vocabulary.js';
import { CalendarDateSchema } from './clients.contracts.js';

/*
 * Preparation records. Routes (staff, care team; writes by the therapist unless said):
 *   GET  /api/clients/:id/preparation                      → PreparationOverview (the chart's "at a glance")
 *   PUT  /api/clients/:id/course            CourseBody      → Course (opens the course if none)
 *   POST /api/clients/:id/course/preparation-complete      → Course
 *   POST /api/clients/:id/intentions        IntentionBody   → Intention          (therapist)
 *   POST /api/intentions/:id/versions       ReviseIntentionBody → Intention      (therapist)
 *   POST /api/clients/:id/grounding-tools   GroundingToolBody → GroundingTool    (therapist)
 *   PUT  /api/grounding-tools/:id           ReviseGroundingToolBody → GroundingTool
 *   GET  /api/clients/:id/touch-preferences                → TouchPreferencesRecord
 *   PUT  /api/clients/:id/touch-preferences TouchPreferencesBody → TouchPreferencesRecord
 *   GET  /api/clients/:id/safety-plan                      → SafetyPlanRecord
 *   PUT  /api/clients/:id/safety-plan       SafetyPlanBody → SafetyPlanRecord
 *   GET  /api/clients/:id/preparation-notes                → PrepNoteList
 *   POST /api/clients/:id/preparation-notes PrepNoteDraftBody → PrepNote (a new draft)
 *   GET  /api/preparation-notes/:id                        → PrepNote
 *   PUT  /api/preparation-notes/:id/draft   PrepNoteDraftBody → PrepNote (autosave; 409 record_locked once signed)
 *   POST /api/preparation-notes/:id/sign                   → PrepNote (400 naming missing fields)
 *   POST /api/preparation-notes/:id/amendments PrepNoteAmendmentBody → PrepNote
 * Portal (the client's own records only):
 *   GET  /api/portal/intentions                            → { intentions: Intention[] }
 *   POST /api/portal/intentions             IntentionBody   → Intention
 *   POST /api/portal/intentions/:id/versions ReviseIntentionBody → Intention
 *   GET  /api/portal/grounding-tools                       → { tools: GroundingTool[] }
 *   POST /api/portal/grounding-tools        GroundingToolBody → GroundingTool
 *   GET  /api/portal/touch-preferences                     → TouchPreferencesRecord
 *   GET  /api/portal/safety-plan                           → SafetyPlanRecord (crisis lines included)
 * Version history (every version's content, with who and when; newest first):
 *   GET  /api/clients/:id/touch-preferences/versions       → TouchPreferencesHistory (care team)
 *   GET  /api/clients/:id/safety-plan/versions             → SafetyPlanHistory (care team)
 *   GET  /api/portal/touch-preferences/versions            → TouchPreferencesHistory (the client's own)
 *   GET  /api/portal/safety-plan/versions                  → SafetyPlanHistory (the client's own)
 */

const longText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');
const required = (max: number, what: string) =>
  z.string().trim().min(1, `please write ${what}`).max(max, `must be at most ${max} characters`);
const codes = <T extends readonly { code: string }[]>(list: T) => list.map((i) => i.code) as [T[number]['code'], ...T[number]['code'][]];

export const GroundingKindSchema = z.enum(codes(GROUNDING_KINDS));
export const TouchKindSchema = z.enum(codes(TOUCH_KINDS));
export const CourseStatusSchema = z.enum(COURSE_STATUSES);
export const IntentionKindSchema = z.enum(INTENTION_KINDS);

/** Who wrote one version, and when: every version of every record carries this. */
export const AuthorshipSchema = z.object({
  version: z.number().int(),
  writtenAt: z.string(),
  writtenByName: z.string(),
  writtenByKind: z.enum(AUTHOR_KINDS),
});

// ── Treatment course ─────────────────────────────────────────────────────────
export const CourseBodySchema = z.object({
  plannedSessionCount: z
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be between 1 and 20')
    .max(20, 'must be between 1 and 20'),
  status: CourseStatusSchema.default('preparing'),
});
export const CourseSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    status: CourseStatusSchema,
    statusLabel: z.string(),
    plannedSessionCount: z.number().int(),
    sessionsPlanned: z.number().int().describe('planned or held sessions on this course'),
    preparationCompletedAt: z.string().nullable(),
    preparationCompletedByName: z.string().nullable(),
    openedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TreatmentCourse' });

// ── Goals and intentions (versioned) ────────────────────────────────────────
export const IntentionBodySchema = z.object({ kind: IntentionKindSchema.default('intention'), text: required(2000, 'the intention') });
export const ReviseIntentionBodySchema = z.object({
  text: required(2000, 'the intention'),
  retired: z.boolean().default(false).describe('true: the client or therapist set this one aside; it stays in the history'),
});
export const IntentionVersionSchema = AuthorshipSchema.extend({ text: z.string(), retired: z.boolean() });
export const IntentionSchema = z
  .object({
    id: z.string(),
    kind: IntentionKindSchema,
    text: z.string(),
    retired: z.boolean(),
    current: AuthorshipSchema,
    versions: z.array(IntentionVersionSchema).describe('newest first; the first is the current one'),
  })
  .meta({ id: 'Intention' });

// ── Grounding and regulation toolkit (versioned) ────────────────────────────
export const GroundingToolBodySchema = z.object({
  kind: GroundingKindSchema,
  name: required(120, 'a name for the practice'),
  howToUse: longText(4000),
  whatHelps: longText(4000),
});
export const ReviseGroundingToolBodySchema = GroundingToolBodySchema.extend({ retired: z.boolean().default(false) });
export const GroundingToolSchema = z
  .object({
    id: z.string(),
    kind: GroundingKindSchema,
    kindLabel: z.string(),
    name: z.string(),
    howToUse: z.string(),
    whatHelps: z.string(),
    retired: z.boolean(),
    current: AuthorshipSchema,
    versionCount: z.number().int(),
  })
  .meta({ id: 'GroundingTool' });

// ── Touch and support preferences (versioned, one record per client) ────────
export const TouchPreferencesBodySchema = z.object({
  consentedTouch: z.array(TouchKindSchema).max(TOUCH_KINDS.length).default([]).describe('empty: no touch at all'),
  otherTouch: longText(500).describe('any other kind of touch the client agreed to, in their words'),
  neverTouch: longText(1000).describe('where or how never to touch'),
  groundingCues: longText(2000).describe('preferred grounding cues and words'),
  wordsToAvoid: longText(1000),
  signals: z
    .array(z.object({ signal: required(200, 'the signal'), meaning: required(200, 'what it means') }))
    .max(12)
    .default([])
    .describe('e.g. a raised hand means pause'),
  reviewedWithClient: z.boolean().default(false).describe('staff: the client reviewed this version with the therapist'),
});
export const TouchPreferencesSchema = TouchPreferencesBodySchema.extend({ current: AuthorshipSchema });
export const TouchPreferencesRecordSchema = z
  .object({
    current: TouchPreferencesSchema.nullable().describe('null: not recorded yet'),
    history: z.array(AuthorshipSchema).describe('newest first'),
  })
  .meta({ id: 'TouchPreferences' });

// ── Safety plan (versioned, one per client) ─────────────────────────────────
const contactList = z
  .array(z.object({ name: required(200, 'a name'), howToReach: longText(300) }))
  .max(20)
  .default([]);
export const SafetyPlanBodySchema = z.object({
  warningSigns: longText(4000),
  copingStrategies: longText(4000),
  peopleAndPlaces: contactList.describe('people and places that help'),
  professionals: contactList.describe('professionals and how to reach them'),
  makingSafe: longText(4000).describe('making the environment safe'),
});
export const SafetyPlanSchema = SafetyPlanBodySchema.extend({
  current: AuthorshipSchema,
  crisisLines: z.object({ crisisLine: z.string(), emergencyNumber: z.string() }).describe('988 and the practice’s emergency number'),
});
export const SafetyPlanRecordSchema = z
  .object({
    current: SafetyPlanSchema.nullable(),
    crisisLines: z.object({ crisisLine: z.string(), emergencyNumber: z.string() }),
    history: z.array(AuthorshipSchema),
  })
  .meta({ id: 'SafetyPlan' });

// ── Version history: each version as it was saved ───────────────────────────
export const TouchPreferencesVersionSchema = TouchPreferencesBodySchema.extend({ authorship: AuthorshipSchema });
export const TouchPreferencesHistorySchema = z
  .object({ versions: z.array(TouchPreferencesVersionSchema).describe('newest first') })
  .meta({ id: 'TouchPreferencesHistory' });
export const SafetyPlanVersionSchema = SafetyPlanBodySchema.extend({ authorship: AuthorshipSchema });
export const SafetyPlanHistorySchema = z
  .object({ versions: z.array(SafetyPlanVersionSchema).describe('newest first') })
  .meta({ id: 'SafetyPlanHistory' });

// ── Preparation session notes (draft → signed → locked; amendments keep the original) ──
export const PrepNoteDraftBodySchema = z.object({
  heldOn: z.preprocess((v) => (v === '' ? null : v), CalendarDateSchema.nullable()).default(null),
  explored: longText(20_000),
  practised: longText(20_000),
  nextSteps: longText(10_000),
});
export const PREP_NOTE_SECTIONS = ['explored', 'practised', 'next_steps', 'other'] as const;
export const PrepNoteAmendmentBodySchema = z.object({
  section: z.enum(PREP_NOTE_SECTIONS),
  text: z.string().trim().min(1, 'write the correction or addition').max(10_000),
});
export const PrepNoteSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    authorName: z.string(),
    status: z.enum(['draft', 'signed']),
    heldOn: z.string().nullable(),
    explored: z.string(),
    practised: z.string(),
    nextSteps: z.string(),
    signedAt: z.string().nullable(),
    signedByName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    amendments: z.array(z.object({ id: z.string(), section: z.string(), text: z.string(), authorName: z.string(), createdAt: z.string() })),
  })
  .meta({ id: 'PreparationNote' });
export const PrepNoteListSchema = z.object({
  notes: z.array(PrepNoteSchema.pick({ id: true, status: true, heldOn: true, authorName: true, signedAt: true, updatedAt: true })),
});

// ── The chart's preparation tab at a glance ─────────────────────────────────
export const PreparationOverviewSchema = z
  .object({
    course: CourseSchema.nullable(),
    intentions: z.array(IntentionSchema),
    tools: z.array(GroundingToolSchema),
    touchPreferences: TouchPreferencesSchema.nullable(),
    safetyPlan: SafetyPlanSchema.nullable(),
    notes: PrepNoteListSchema.shape.notes,
  })
  .meta({ id: 'PreparationOverview' });

export const IntentionListSchema = z.object({ intentions: z.array(IntentionSchema) });
export const GroundingToolListSchema = z.object({ tools: z.array(GroundingToolSchema) });

export type CourseBody = z.infer<typeof CourseBodySchema>;
export type CourseView = z.infer<typeof CourseSchema>;
export type IntentionView = z.infer<typeof IntentionSchema>;
export type GroundingToolBody = z.infer<typeof GroundingToolBodySchema>;
export type GroundingToolView = z.infer<typeof GroundingToolSchema>;
export type TouchPreferencesBody = z.infer<typeof TouchPreferencesBodySchema>;
export type SafetyPlanBody = z.infer<typeof SafetyPlanBodySchema>;
export type PrepNoteDraftBody = z.infer<typeof PrepNoteDraftBodySchema>;
export type PrepNoteView = z.infer<typeof PrepNoteSchema>;
export type AuthorshipView = z.infer<typeof AuthorshipSchema>;
export type TouchPreferencesHistory = z.infer<typeof TouchPreferencesHistorySchema>;
export type SafetyPlanHistory = z.infer<typeof SafetyPlanHistorySchema>;
