import { rule } from '../../domain/access/policy.js';
import { clientRule } from '../../domain/clients/care-team.js';

export const measuresPolicy = {
  readInstruments: rule('read the instruments Holdspace ships', ['therapist', 'prescriber', 'co_facilitator', 'admin', 'client']),
  read: clientRule('read a client’s measures', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  assign: clientRule('assign a measure to a client', ['therapist', 'prescriber'], { admin: false }),
  recordWithClient: clientRule('enter a measure with the client in session', ['therapist', 'prescriber'], { admin: false }),
  recordClinicianScore: clientRule('record a score for a licensed instrument', ['therapist', 'prescriber'], { admin: false }),
};
