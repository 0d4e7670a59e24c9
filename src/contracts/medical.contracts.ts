import { z } from 'zod';
import { CalendarDateSchema } from './clients.contracts.js';

const bp = (sMin: number, sMax: number, dMin: number, dMax: number) =>
  z.object({ systolic: z.number().int().min(sMin).max(sMax), diastolic: z.number().int().min(dMin).max(dMax) });

/** Monitoring numbers a prescriber may set; ranges keep a typo (1400 for 140) from being saved. */
export const MonitoringSettingsSchema = z
  .object({
    fastingFoodHours: z.number().min(0).max(12),
    fastingLiquidsMinutes: z.number().int().min(0).max(240),
    baselineBpWarning: bp(100, 200, 60, 130),
    baselineBpContraindicated: bp(120, 240, 70, 150),
    vitalsDueMinutes: z.array(z.number().int().min(1).max(480)).min(1).max(20),
    alerts: z.object({
      systolicRise: z.number().int().min(5).max(100),
      diastolicRise: z.number().int().min(5).max(80),
      systolicMax: z.number().int().min(120).max(260),
      diastolicMax: z.number().int().min(70).max(160),
      heartRateMax: z.number().int().min(80).max(200),
      heartRateMin: z.number().int().min(30).max(80),
      spo2Min: z.number().int().min(80).max(99),
    }),
    minimumObservationMinutes: z.number().int().min(30).max(480),
  })
  .meta({ id: 'MonitoringSettings' });

export const ClinicalSettingsSchema = z.object({
  monitoring: MonitoringSettingsSchema,
  pcl5Threshold: z.number().int().min(31).max(38).describe('PCL-5 total at or above which "probable PTSD" is shown (literature: 31–33)'),
  clientIdleMinutes: z.number().int().min(10).max(1440).describe('Client portal sessions end after this many idle minutes'),
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
  })
  .meta({ id: 'ClientMedical' });

export type MonitoringSettingsBody = z.infer<typeof MonitoringSettingsSchema>;
