import { rule } from '../../domain/access/policy.js';
import { clientRule } from '../../domain/clients/care-team.js';

export const safetyFlagsPolicy = {
  listMine: rule('see the safety flags of the clients on their care team', ['therapist', 'prescriber', 'co_facilitator', 'admin']),
  readForClient: clientRule('see a client’s safety flags', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  acknowledge: clientRule('acknowledge a safety flag with a note', ['therapist', 'prescriber'], { admin: false }),
};
