import { z } from 'zod';
import { GATE_REQUIREMENTS, RESOLVERS } from '../domain/gate/requirements.js';
import { PLANNED_SESSION_STATUSES, PRESCRIBER_PRESENCE, READINESS_CHANNELS, READINESS_ITEMS } from '../domain/preparation/vocabulary.js';
import { CalendarDateSchema } from './clients.contracts.js';

/*
 * The readiness gate, planned ketamine sessions, readiness checks and overrides.
 *   GET  /api/clients/:id/readiness?date=YYYY-MM-DD   → GateResult (the session planned that day, if any)
 *   GET  /api/clients/:id/planned-sessions            → PlannedSessionList
 *   POST /api/clients/:id/planned-sessions PlanSessionBody → PlanSessionResult (409 naming a clash; gate as a warning)
 *   GET  /api/planned-sessions/:id                    → PlannedSession (with its gate)
 *   POST /api/planned-sessions/:id/cancel CancelSessionBody → PlannedSession
 *   GET  /api/planned-sessions/:id/readiness          → GateResult
 *   POST /api/planned-sessions/:id/readiness-checks ConfirmReadinessBody → PlannedSession (staff, on arrival)
 *   POST /api/planned-sessions/:id/overrides OverrideBody → PlannedSession (the prescriber only)
 *   GET  /api/dashboard/planned-sessions              → DashboardSessions (today and tomorrow, my care team)
 * Portal:
 *   GET  /api/portal/next-session                     → PortalNextSession
 *   POST /api/portal/planned-sessions/:id/readiness-checks ConfirmReadinessBody → PortalNextSession
 */

export const GateRequirementSchema = z.enum(GATE_REQUIREMENTS);
export const ResolverSchema = z.enum(RESOLVERS);
export const ReadinessItemSchema = z.enum(READINESS_ITEMS.map((i) => i.code) as ['fasting', 'ride_home', 'no_driving']);

export const GateOverrideSchema = z.object({
  id: z.string(),
  requirement: GateRequirementSchema,
  reason: z.string(),
  prescriberName: z.string(),
  at: z.string(),
});

export const GateItemSchema = z.object({
  code: GateRequirementSchema,
  state: z.enum(['met', 'unmet', 'overridden']),
  label: z.string().describe('the requirement, in plain words'),
  message: z.string().describe('what is missing or how it was met, in plain words'),
  details: z.array(z.string()).describe('e.g. the titles of consents still to sign'),
  resolvedBy: z.array(ResolverSchema),
  resolvedByText: z.string().describe('who can resolve it, in plain words'),
  overridable: z.boolean(),
  override: GateOverrideSchema.nullable(),
});

export const GateResultSchema = z
  .object({
    clientId: z.string(),
    date: z.string(),
    plannedSessionId: z.string().nullable(),
    holds: z.boolean().describe('true: every requirement is met or overridden'),
    items: z.array(GateItemSchema).describe('every requirement, in a fixed order'),
    unmet: z.array(GateRequirementSchema),
  })
  .meta({ id: 'GateResult' });

export const ReadinessQuerySchema = z.object({
  date: CalendarDateSchema.optional().describe('default: today in the practice’s time zone'),
});

const TimeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written as HH:MM, 24-hour');

export const PlanSessionBodySchema = z.object({
  date: CalendarDateSchema,
  startTime: TimeSchema.describe('in the practice’s time zone'),
  expectedMinutes: z
    .number('must be a number')
    .int('must be a whole number')
    .min(60, 'must be between 60 and 480 minutes')
    .max(480, 'must be between 60 and 480 minutes')
    .default(180),
  therapistId: z.uuid('choose the therapist'),
  prescriberId: z.uuid('choose the prescriber'),
  prescriberPresence: z.enum(PRESCRIBER_PRESENCE).default('in_room'),
  coFacilitatorIds: z.array(z.uuid()).max(4).default([]),
  room: z.string().trim().min(1, 'name the room').max(100),
});
export const CancelSessionBodySchema = z.object({ reason: z.string().trim().min(1, 'say why the session is canceled').max(2000) });

export const ConfirmReadinessBodySchema = z.object({
  items: z.array(ReadinessItemSchema).min(1, 'choose at least one check to confirm').max(3),
  note: z.string().trim().max(500).default('').describe('e.g. who is driving them home'),
});
export const OverrideBodySchema = z.object({
  requirement: GateRequirementSchema,
  reason: z.string().trim().min(1, 'give the reason for the override; it stays on the chart').max(2000),
});

export const ReadinessConfirmationSchema = z.object({
  item: ReadinessItemSchema,
  label: z.string(),
  confirmation: z.object({ channel: z.enum(READINESS_CHANNELS), byName: z.string(), at: z.string(), note: z.string() }).nullable(),
});

export const PersonSchema = z.object({ id: z.string(), name: z.string() });
export const PlannedSessionSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    status: z.enum(PLANNED_SESSION_STATUSES),
    startsAt: z.string().describe('UTC'),
    endsAt: z.string().describe('UTC'),
    localDate: z.string().describe('in the practice’s time zone'),
    localStartTime: z.string(),
    localEndTime: z.string(),
    timeZone: z.string(),
    expectedMinutes: z.number().int(),
    therapist: PersonSchema,
    prescriber: PersonSchema,
    prescriberPresence: z.enum(PRESCRIBER_PRESENCE),
    coFacilitators: z.array(PersonSchema),
    room: z.string(),
    readiness: z.array(ReadinessConfirmationSchema),
    overrides: z.array(GateOverrideSchema),
    gate: GateResultSchema,
    cancellation: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'PlannedSession' });
export const PlannedSessionListSchema = z.object({ sessions: z.array(PlannedSessionSchema) });
export const PlanSessionResultSchema = z.object({
  session: PlannedSessionSchema,
  warning: z.string().nullable().describe('set when the gate does not hold yet: planning goes ahead, and says what remains'),
});

export const DashboardSessionsSchema = z.object({
  today: z.string(),
  tomorrow: z.string(),
  sessions: z.array(PlannedSessionSchema),
});

export const PortalNextSessionSchema = z.object({
  session: z
    .object({
      id: z.string(),
      localDate: z.string(),
      localStartTime: z.string(),
      localEndTime: z.string(),
      timeZone: z.string(),
      expectedMinutes: z.number().int(),
      therapistName: z.string(),
      room: z.string(),
      readiness: z.array(ReadinessConfirmationSchema),
      canConfirmFrom: z.string().describe('the date from which the client may confirm the checks (the day before)'),
      canConfirmNow: z.boolean(),
    })
    .nullable(),
  whatToExpect: z.array(z.string()),
  whatToBring: z.array(z.string()),
  fasting: z.object({ foodHours: z.number(), liquidsMinutes: z.number() }),
});

export type GateResultView = z.infer<typeof GateResultSchema>;
export type GateItemView = z.infer<typeof GateItemSchema>;
export type PlanSessionBody = z.infer<typeof PlanSessionBodySchema>;
export type PlannedSessionView = z.infer<typeof PlannedSessionSchema>;
export type PortalNextSessionView = z.infer<typeof PortalNextSessionSchema>;
