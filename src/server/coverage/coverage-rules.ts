import type { ClientRule } from '../../domain/clients/care-team.js';
import { clientsPolicy } from '../clients/clients.policy.js';
import { consentPolicy } from '../consent/consent.policy.js';
import { consultationsPolicy } from '../consultations/consultations.policy.js';
import { measuresPolicy } from '../measures/measures.policy.js';
import { medicalPolicy } from '../medical/medical.policy.js';
import { plannedSessionsPolicy } from '../planned-sessions/planned-sessions.policy.js';
import { preparationPolicy } from '../preparation/preparation.policy.js';
import { readinessPolicy } from '../readiness/readiness.policy.js';
import { safetyFlagsPolicy } from '../safety-flags/safety-flags.policy.js';

/**
 * What coverage lets a clinician do on the one chart it opens: read it, and acknowledge a safety flag (the
 * reason coverage exists). Named one by one, so a rule added later is not reachable by coverage until someone
 * decides it should be. Writing the record stays with the care team.
 */
export const COVERAGE_RULES: ReadonlySet<ClientRule> = new Set([
  clientsPolicy.readChart,
  consultationsPolicy.read,
  measuresPolicy.read,
  medicalPolicy.read,
  medicalPolicy.readFull,
  preparationPolicy.read,
  readinessPolicy.read,
  plannedSessionsPolicy.read,
  consentPolicy.readClient,
  safetyFlagsPolicy.readForClient,
  safetyFlagsPolicy.acknowledge,
]);
