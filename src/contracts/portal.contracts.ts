import { z } from 'zod';
import { AnswersSchema, InstrumentIdSchema, InstrumentSchema } from './measures.contracts.js';
import { CareTeamAlertSchema } from './safety-flags.contracts.js';

export const PortalHomeSchema = z.object({
  preferredName: z.string(),
  practiceName: z.string(),
  timeZone: z.string().describe('the practice’s time zone, for showing times as the practice lives them'),
  isDemo: z.boolean(),
  therapistName: z.string().nullable(),
  assignments: z.array(
    z.object({
      id: z.string(),
      instrumentId: InstrumentIdSchema,
      title: z.string(),
      itemCount: z.number(),
      assignedAt: z.string(),
      started: z.boolean().describe('Some answers are saved already; the client continues where they left off'),
    }),
  ),
  completed: z.array(z.object({ id: z.string(), title: z.string(), completedAt: z.string() })),
  crisis: z.object({ crisisLine: z.string(), emergencyNumber: z.string() }),
});

const CrisisSchema = z.object({ crisisLine: z.string(), emergencyNumber: z.string() });

/** With the crisis resources: what the care team has truly been told so far, decided on the server; null when nothing was flagged. */
const AlertStateSchema = CareTeamAlertSchema.nullable();

export const PortalAssignmentSchema = z.object({
  id: z.string(),
  instrument: InstrumentSchema,
  /** The answers saved so far, so a client who left comes back to them. */
  draft: z.object({ answers: z.record(z.string(), z.union([z.number(), z.string()])), savedAt: z.string() }).nullable(),
  showCrisisResources: z.boolean(),
  careTeamAlert: AlertStateSchema,
  crisis: CrisisSchema,
});

export const PortalSubmitBodySchema = z.object({ answers: AnswersSchema });

export const PortalDraftBodySchema = z.object({ answers: AnswersSchema });

/** Saved as the client answers. Once an answer raised a flag, the crisis resources are shown at once. Never a score. */
export const PortalDraftSavedSchema = z.object({
  saved: z.literal(true),
  savedAt: z.string(),
  showCrisisResources: z.boolean(),
  careTeamAlert: AlertStateSchema,
  crisis: CrisisSchema,
});

/** What a client sees after sending a measure: thanks, and the crisis resources when an answer raised a flag. Never a score. */
export const PortalSubmitResponseSchema = z.object({
  received: z.literal(true),
  showCrisisResources: z.boolean(),
  careTeamAlert: AlertStateSchema,
  crisis: z.object({ crisisLine: z.string(), emergencyNumber: z.string() }),
});
