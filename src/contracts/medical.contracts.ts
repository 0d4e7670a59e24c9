import { z } from 'zod';
import { CalendarDateSchema } from './clients.contracts.js';
import { SafetyFlagSchema } from './safety-flags.contracts.js';

/** A whole number in a range, with words a prescriber reads beside the field. */
const whole = (min: number, max: number) =>
  z
    .number('must be a number')
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const bp = (sMin: number, sMax: number, dMin: number, dMax: number) =>
  z.object({ systolic: whole(sMin, sMax), diastolic: whole(dMin, dMax) });

/** Monitoring numbers a prescriber may set; ranges keep a typo (1400 for 140) from being saved. */
export const MonitoringSettingsSchema = z
  .object({
    fastingFoodHours: z.number('must be a number').min(0, 'must be between 0 and 12').max(12, 'must be between 0 and 12'),
    fastingLiquidsMinutes: whole(0, 240),
    baselineBpWarning: bp(100, 200, 60, 130),
    baselineBpContraindicated: bp(120, 240, 70, 150),
    vitalsDueMinutes: z.array(whole(1, 480)).min(1, 'give at least one time').max(20, 'give at most 20 times'),
    alerts: z.object({
      systolicRise: whole(5, 100),
      diastolicRise: whole(5, 80),
      systolicMax: whole(120, 260),
      diastolicMax: whole(70, 160),
      heartRateMax: whole(80, 200),
      heartRateMin: whole(30, 80),
      spo2Min: whole(80, 99),
    }),
    minimumObservationMinutes: whole(30, 480),
  })
  .meta({ id: 'MonitoringSettings' });

export const ClinicalSettingsSchema = z.object({
  monitoring: MonitoringSettingsSchema,
  pcl5Threshold: whole(31, 38).describe('PCL-5 total at or above which "probable PTSD" is shown (literature: 31–33)'),
  clientIdleMinutes: whole(10, 1440).describe('Client portal sessions end after this many idle minutes'),
});

export const ScreeningAnswerSchema = z.object({
  answer: z.enum(['yes', 'no', 'unknown']),
  note: z.string().trim().max(1000).default(''),
});

export const RecordScreeningBodySchema = z.object({
  answers: z.record(z.string(), ScreeningAnswerSchema),
  notes: z.string().trim().max(5000).default(''),
});

export const RecordClearanceBodySchema = z.object({
  clearedOn: CalendarDateSchema,
  validUntil: CalendarDateSchema,
  conditions: z.string().trim().max(5000).default(''),
  monitoring: MonitoringSettingsSchema.nullable().default(null).describe('null: use the practice defaults'),
});

export const WithdrawClearanceBodySchema = z.object({ reason: z.string().trim().min(1, 'say why the clearance is withdrawn').max(2000) });

export const ScreeningSchema = z.object({
  id: z.string(),
  prescriberName: z.string(),
  recordedAt: z.string(),
  answers: z.record(z.string(), z.object({ answer: z.enum(['yes', 'no', 'unknown']), note: z.string() })).nullable(),
  notes: z.string().nullable(),
  concerns: z.array(z.object({ code: z.string(), label: z.string(), answer: z.enum(['yes', 'unknown']) })),
});

export const ClearanceSchema = z.object({
  id: z.string(),
  prescriberName: z.string(),
  clearedOn: z.string(),
  validUntil: z.string(),
  conditions: z.string(),
  monitoring: MonitoringSettingsSchema,
  status: z.enum(['valid', 'expired', 'withdrawn', 'not_yet_valid']),
  recordedAt: z.string(),
  withdrawal: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).nullable(),
});

export const ClientMedicalSchema = z
  .object({
    view: z.enum(['full', 'summary']).describe('summary: the checklist shows which items need attention, without the prescriber’s notes'),
    screenings: z.array(ScreeningSchema),
    clearances: z.array(ClearanceSchema),
    current: ClearanceSchema.nullable(),
    checklist: z.array(z.object({ code: z.string(), label: z.string() })),
    openSafetyFlags: z.array(SafetyFlagSchema).describe('flags still waiting for a clinician to acknowledge them'),
  })
  .meta({ id: 'ClientMedical' });

export type MonitoringSettingsBody = z.infer<typeof MonitoringSettingsSchema>;
