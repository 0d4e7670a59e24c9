import type { z } from 'zod';
import type {
  ClientMeasuresSchema,
  ClinicianScoreSchema,
  EntryDraftSavedSchema,
  InstrumentListSchema,
  InstrumentSchema,
  MeasureAssignmentSchema,
  RecordedResponseSchema,
} from '../../../contracts/measures.contracts';

export type { MeasureContext, MeasureDraft, MeasureResponse, MeasureSeries } from '../../../contracts/measures.contracts';
export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentItem = Instrument['items'][number];
export type InstrumentList = z.infer<typeof InstrumentListSchema>;
export type InstrumentId = Instrument['id'];
export type ClientMeasures = z.infer<typeof ClientMeasuresSchema>;
export type MeasureAssignment = z.infer<typeof MeasureAssignmentSchema>;
export type RecordedResponse = z.infer<typeof RecordedResponseSchema>;
export type ClinicianScore = z.infer<typeof ClinicianScoreSchema>;
export type Answer = number | 'yes' | 'no' | 'declined';
export type EntryDraftSaved = z.infer<typeof EntryDraftSavedSchema>;
