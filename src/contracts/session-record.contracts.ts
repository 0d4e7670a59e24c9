import { z } from 'zod';
import { ADVERSE_EVENT_KIND_CODES, OUTCOME_CODES, SEVERITY_CODES } from '../domain/session/adverse-events.js';
import { ALERT_CODES } from '../domain/session/alerts.js';
import { InstantSchema } from './session-console-entries.contracts.js';
import { DischargeEvaluationSchema, RemsSummarySchema } from './session-console-responses.contracts.js';

/**
 * The printable session record (issue 10, item 8) and the chart's list of sessions. Every row names who
 * logged it; amended entries show as they now stand, entries marked in error are left out of the tables
 * (the console timeline keeps them, struck through).
 */
const Person = z.object({ id: z.string(), name: z.string() });
const Logged = { id: z.string(), at: InstantSchema, by: Person };

export const SessionRecordSchema = z
  .object({
    session: z.object({
      id: z.string(),
      clientId: z.string(),
      clientName: z.string(),
      status: z.enum(['open', 'dosed', 'discharged']),
      openedAt: InstantSchema,
      firstDoseAt: InstantSchema.nullable(),
      dischargedAt: InstantSchema.nullable(),
      timeZone: z.string(),
    }),
    vitals: z.array(
      z.object({
        ...Logged,
        purpose: z.string(),
        minutesAfterFirstDose: z.number().nullable(),
        systolic: z.number(),
        diastolic: z.number(),
        heartRate: z.number(),
        spo2: z.number(),
        respiratoryRate: z.number().nullable(),
        sedation: z.number().nullable().describe('MOAA/S'),
      }),
    ),
    doses: z.array(
      z.object({
        ...Logged,
        kind: z.enum(['session_medicine', 'prn']),
        medicine: z.string(),
        amount: z.string(),
        route: z.string(),
        administeredAt: InstantSchema,
        administeredBy: Person,
        orderedBy: Person,
        lot: z.string(),
        reason: z.string(),
      }),
    ),
    observations: z.array(z.object({ ...Logged, category: z.string(), term: z.string(), label: z.string(), note: z.string() })),
    interventions: z.array(z.object({ ...Logged, type: z.string(), detail: z.string(), note: z.string() })),
    fragments: z.array(z.object({ ...Logged, fragmentKind: z.string(), words: z.string() })),
    adverseEvents: z.array(
      z.object({
        ...Logged,
        eventKind: z.enum(ADVERSE_EVENT_KIND_CODES),
        otherDescription: z.string(),
        severity: z.enum(SEVERITY_CODES),
        serious: z.boolean(),
        actionTaken: z.string(),
        outcome: z.enum(OUTCOME_CODES),
      }),
    ),
    clinicianScores: z.array(z.object({ ...Logged, instrumentName: z.string(), score: z.number(), note: z.string() })),
    notes: z.array(z.object({ ...Logged, text: z.string() })),
    alerts: z.array(
      z.object({
        id: z.string(),
        code: z.enum(ALERT_CODES),
        message: z.string(),
        raisedAt: InstantSchema,
        recheck: z.string().nullable().describe('waiting, due, overdue, confirmed or not_confirmed'),
        acknowledged: z.object({ by: Person, at: InstantSchema, note: z.string() }).nullable(),
      }),
    ),
    discharge: DischargeEvaluationSchema.extend({
      discharged: z
        .object({ at: InstantSchema, by: Person, override: z.object({ prescriber: Person, reason: z.string() }).nullable() })
        .nullable(),
      clinicallyReadyAt: InstantSchema.nullable(),
    }),
    amendments: z.array(z.object({ ...Logged, targetId: z.string(), reason: z.string(), enteredInError: z.boolean() })),
    rems: RemsSummarySchema.nullable().describe('only for a session with intranasal esketamine'),
  })
  .meta({ id: 'SessionRecord' });

export const KetamineSessionListSchema = z
  .object({
    sessions: z.array(
      z.object({
        id: z.string(),
        plannedSessionId: z.string(),
        status: z.enum(['open', 'dosed', 'discharged']),
        openedAt: InstantSchema,
        firstDoseAt: InstantSchema.nullable(),
        dischargedAt: InstantSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'KetamineSessionList' });

export const EntriesAfterSchema = z.object({
  entries: z.array(z.any()),
  cursor: z.string().nullable(),
});

export const OpenSessionBodySchema = z.object({ plannedSessionId: z.uuid('choose the planned session') });
export const AcknowledgeAlertBodySchema = z.object({
  note: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
});
export const AlertParamsSchema = z.object({
  sessionId: z.uuid('must be a session id'),
  alertId: z.string().max(80, 'must be an alert id'),
});
