import type { z } from 'zod';
import type {
  ClearanceSchema,
  ClientMedicalSchema,
  ClinicalSettingsSchema,
  MonitoringSettingsSchema,
  ScreeningSchema,
} from '../../../contracts/medical.contracts';

export type ClientMedical = z.infer<typeof ClientMedicalSchema>;
export type Clearance = z.infer<typeof ClearanceSchema>;
export type Screening = z.infer<typeof ScreeningSchema>;
export type MonitoringSettings = z.infer<typeof MonitoringSettingsSchema>;
export type ClinicalSettings = z.infer<typeof ClinicalSettingsSchema>;
export type ScreeningAnswer = 'yes' | 'no' | 'unknown';
