import { z } from 'zod';
import { AnswersSchema, InstrumentIdSchema, InstrumentSchema } from './measures.contracts.js';

export const PortalHomeSchema = z.object({
  preferredName: z.string(),
  practiceName: z.string(),
  isDemo: z.boolean(),
  therapistName: z.string().nullable(),
  assignments: z.array(
    z.object({ id: z.string(), instrumentId: InstrumentIdSchema, title: z.string(), itemCount: z.number(), assignedAt: z.string() }),
  ),
  completed: z.array(z.object({ id: z.string(), title: z.string(), completedAt: z.string() })),
  crisis: z.object({ crisisLine: z.string(), emergencyNumber: z.string() }),
});

export const PortalAssignmentSchema = z.object({ id: z.string(), instrument: InstrumentSchema });

export const PortalSubmitBodySchema = z.object({ answers: AnswersSchema });

/** What a client sees after sending a measure: thanks, and the crisis resources when an answer raised a flag. Never a score. */
export const PortalSubmitResponseSchema = z.object({
  received: z.literal(true),
  showCrisisResources: z.boolean(),
  crisis: z.object({ crisisLine: z.string(), emergencyNumber: z.string() }),
});
