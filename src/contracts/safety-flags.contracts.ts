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
    seenByMe: z.boolean().describe('The signed-in person has opened this flag on the chart (or acknowledged it)'),
  })
  .meta({ id: 'SafetyFlag' });

export const SafetyFlagListQuerySchema = z.object({
  /** open: not acknowledged yet; attention: open, or not yet opened by me (the dashboard); all: every flag. */
  state: z.enum(['open', 'attention', 'all']).default('open'),
  clientId: z.uuid().optional(),
});

export const SafetyFlagListSchema = z.object({ flags: z.array(SafetyFlagSchema) });

export const AcknowledgeFlagBodySchema = z.object({
  note: z.string().trim().min(1, 'please write what was done or decided').max(2000, 'must be at most 2000 characters'),
});

/** The badge in the navigation: flags of clients on my care teams that I have not opened yet. */
export const UnseenFlagsSchema = z.object({ unseen: z.number().int(), urgent: z.number().int() }).meta({ id: 'UnseenFlags' });

export const FlagSeenSchema = z.object({ id: z.string(), seenAt: z.string(), unseen: z.number().int() });

/**
 * What happened to the alerts of a disclosure, decided on the server, so the client is told only what is
 * true: seen — someone on the care team has opened it; emailed — an email reached their mail server;
 * waiting — an alert is waiting for them in Holdspace; none — nobody on a care team could be alerted.
 */
export const CareTeamAlertSchema = z.enum(['seen', 'emailed', 'waiting', 'none']);
export type CareTeamAlert = z.infer<typeof CareTeamAlertSchema>;

export type SafetyFlagView = z.infer<typeof SafetyFlagSchema>;
