import { clientRule } from '../../domain/clients/care-team.js';

export const consultationsPolicy = {
  read: clientRule('read consultation records', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  write: clientRule('write, sign and amend consultation records', ['therapist'], { admin: false }),
};
