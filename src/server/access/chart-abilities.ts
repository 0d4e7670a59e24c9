import type { ChartAbilities, ChartAbility } from '../../contracts/access.contracts.js';
import type { Role } from '../../domain/access/roles.js';
import { allowsOnClient, type CareRole, type ClientRule } from '../../domain/clients/care-team.js';
import { clientsPolicy } from '../clients/clients.policy.js';
import { consultationsPolicy } from '../consultations/consultations.policy.js';
import { ketamineSessionsPolicy } from '../ketamine-sessions/ketamine-sessions.policy.js';
import { measuresPolicy } from '../measures/measures.policy.js';
import { medicalPolicy } from '../medical/medical.policy.js';
import { plannedSessionsPolicy } from '../planned-sessions/planned-sessions.policy.js';
import { preparationPolicy } from '../preparation/preparation.policy.js';
import { readinessPolicy } from '../readiness/readiness.policy.js';
import { safetyFlagsPolicy } from '../safety-flags/safety-flags.policy.js';

/** Each thing the chart offers, and the very rule the use case behind it enforces. */
export const CHART_RULES = {
  editDetails: clientsPolicy.editDetails,
  setCareTeam: clientsPolicy.setCareTeam,
  invitePortal: clientsPolicy.invitePortal,
  changePhase: clientsPolicy.changePhase,
  writeConsultation: consultationsPolicy.write,
  assignMeasures: measuresPolicy.assign,
  enterMeasures: measuresPolicy.recordWithClient,
  recordClinicianScore: measuresPolicy.recordClinicianScore,
  acknowledgeFlags: safetyFlagsPolicy.acknowledge,
  recordMedical: medicalPolicy.record,
  writePreparation: preparationPolicy.write,
  planSessions: plannedSessionsPolicy.plan,
  confirmOnArrival: plannedSessionsPolicy.confirmOnArrival,
  overrideGate: readinessPolicy.override,
  openKetamineSession: ketamineSessionsPolicy.open,
} as const satisfies Record<ChartAbility, ClientRule>;

/** What this person may do on this chart, from their roles and the roles they hold on its care team. */
export function chartAbilities(actorRoles: readonly Role[], careRolesOnThisClient: readonly CareRole[]): ChartAbilities {
  const entries = Object.entries(CHART_RULES).map(([ability, rule]) => [ability, allowsOnClient(rule, actorRoles, careRolesOnThisClient)]);
  return Object.fromEntries(entries) as ChartAbilities;
}
