import { clientRule } from '../../domain/clients/care-team.js';

export const readinessPolicy = {
  read: clientRule('see whether a client is ready for a ketamine session', ['therapist', 'prescriber', 'co_facilitator'], { admin: true }),
  /** Only the client's prescriber; the domain rule (domain/gate/override.ts) says the same, and is tested. */
  override: clientRule('override one unmet readiness requirement for one session', ['prescriber'], { admin: false }),
};
