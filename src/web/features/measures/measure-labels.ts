import type { MeasureContext } from './measure-types';

export const CONTEXT_LABELS: Record<MeasureContext, string> = {
  consultation: 'At consultation',
  before_session: 'Before a ketamine session',
  integration: 'At an integration session',
  monthly: 'Monthly check-in',
  course_start: 'Start of a course',
  course_end: 'End of a course',
  other: 'Other',
};

export const CONTEXT_OPTIONS = Object.entries(CONTEXT_LABELS).map(([value, label]) => ({ value, label }));

/** Licensed instruments Holdspace does not reproduce; a clinician records only their score (clinical.md). */
export const LICENSED_INSTRUMENTS = ['C-SSRS', 'CADSS', 'EBI', 'CEQ', 'MEQ-30'] as const;
