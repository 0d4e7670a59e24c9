import { clientRule } from '../../domain/clients/care-team.js';

export const preparationPolicy = {
  /** The whole care team reads preparation: the co-facilitator needs touch preferences and the safety plan in the room. */
  read: clientRule('read preparation records', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  /** The therapist writes them, with the client; the client writes their own through the portal. */
  write: clientRule('write preparation records', ['therapist'], { admin: false }),
};
