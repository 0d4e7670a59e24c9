import { clientRule } from '../../domain/clients/care-team.js';

export const plannedSessionsPolicy = {
  read: clientRule('see planned ketamine sessions', ['therapist', 'prescriber', 'co_facilitator'], { admin: true }),
  plan: clientRule('plan or cancel a ketamine session', ['therapist'], { admin: false }),
  /** Whoever is in the room when the client arrives confirms the readiness checks with them. */
  confirmOnArrival: clientRule('confirm readiness checks on arrival', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
};
