import { INSTRUMENT_IDS, type InstrumentDefinition, type InstrumentId } from '../types.js';
import { asq } from './asq.js';
import { gad7 } from './gad7.js';
import { maia2 } from './maia2.js';
import { pcl5 } from './pcl5.js';
import { phq9 } from './phq9.js';

export type { InstrumentDefinition, InstrumentId } from '../types.js';
export { MAIA2_SCALES, type Maia2Scale, type Maia2ScaleCode } from './maia2.js';
export { PCL5_ITEM_STEM } from './pcl5.js';

/** Every instrument we ship with its full wording, keyed by id. */
export const instruments: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  'PHQ-9': phq9,
  'GAD-7': gad7,
  'PCL-5': pcl5,
  ASQ: asq,
  'MAIA-2': maia2,
};

export type InstrumentRegistry = typeof instruments;

/** For ids read from storage or a request, before looking one up. */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}
