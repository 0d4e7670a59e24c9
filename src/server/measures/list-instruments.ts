import type { z } from 'zod';
import type { InstrumentSchema } from '../../contracts/measures.contracts.js';
import { instruments } from '../../domain/measures/index.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../../domain/measures/types.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { measuresPolicy } from './measures.policy.js';

export function listInstruments(_deps: Deps, ctx: RequestContext) {
  authorize(ctx, measuresPolicy.readInstruments);
  return {
    instruments: INSTRUMENT_IDS.map((id) => ({
      id,
      title: instruments[id].title,
      itemCount: instruments[id].items.length,
      timeframe: instruments[id].timeframe,
      administration: instruments[id].administration,
    })),
  };
}

/** The official wording and attribution, exactly as shipped, for the form a client or clinician fills in. */
export function readInstrument(_deps: Deps, ctx: RequestContext, input: { instrumentId: InstrumentId }) {
  authorize(ctx, measuresPolicy.readInstruments);
  return presentInstrument(input.instrumentId);
}

export function presentInstrument(id: InstrumentId): z.infer<typeof InstrumentSchema> {
  const instrument = instruments[id];
  return {
    ...instrument,
    attribution: { ...instrument.attribution },
    options: instrument.options.map((o) => ({ ...o })),
    items: instrument.items.map((item) => ({
      ...item,
      options: 'options' in item && item.options ? item.options.map((o) => ({ ...o })) : undefined,
      followUpPrompts: 'followUpPrompts' in item && item.followUpPrompts ? [...item.followUpPrompts] : undefined,
    })),
  };
}
