import { z } from 'zod';

export const SafetyFlagSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    kind: z.enum(['phq9_item9', 'asq_positive', 'asq_acute']),
    kindLabel: z.string(),
    urgency: z.enum(['high', 'urgent']),
    summary: z.string(),
    raisedAt: z.string(),
    source: z.object({ type: z.string(), id: z.string() }),
    acknowledgement: z.object({ at: z.string(), byName: z.string(), note: z.string() }).nullable(),
  })
  .meta({ id: 'SafetyFlag' });

export const SafetyFlagListQuerySchema = z.object({
  state: z.enum(['open', 'all']).default('open'),
  clientId: z.uuid().optional(),
});

export const SafetyFlagListSchema = z.object({ flags: z.array(SafetyFlagSchema) });

export const AcknowledgeFlagBodySchema = z.object({
  note: z.string().trim().min(1, 'please write what was done or decided').max(2000, 'must be at most 2000 characters'),
});

export type SafetyFlagView = z.infer<typeof SafetyFlagSchema>;
