import { rule } from '../../domain/access/policy.js';
import { clientRule } from '../../domain/clients/care-team.js';

export const consentPolicy = {
  manage: rule('write and publish consent documents', ['admin']),
  readDocuments: rule('read the practice’s consent documents', ['admin', 'therapist', 'prescriber', 'co_facilitator']),
  /** Who has signed what: the care team and the admin, who keeps the practice's records. */
  readClient: clientRule('see which consents a client has signed', ['therapist', 'prescriber', 'co_facilitator'], { admin: true }),
};
