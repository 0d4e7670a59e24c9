import type { Role } from '../access/roles.js';
import type { CareRole } from '../clients/care-team.js';
import type { GateResult } from './readiness-gate.js';
import { type GateRequirement, isOverridable } from './requirements.js';

export type OverrideProblem = 'not_the_prescriber' | 'not_overridable' | 'already_met' | 'already_overridden' | 'one_override_per_session';

/**
 * Only a prescriber on this client's care team may override, one named unmet requirement, for one planned
 * session. A therapist, an admin or a co-facilitator never can — whatever other roles they hold elsewhere.
 */
export function checkOverride(
  actor: { roles: readonly Role[]; careRoles: readonly CareRole[] },
  requirement: GateRequirement,
  gate: GateResult,
): OverrideProblem | null {
  if (!actor.roles.includes('prescriber') || !actor.careRoles.includes('prescriber')) return 'not_the_prescriber';
  if (!isOverridable(requirement)) return 'not_overridable';
  const item = gate.items.find((i) => i.code === requirement);
  if (!item || item.state === 'met') return 'already_met';
  if (item.state === 'overridden') return 'already_overridden';
  if (gate.items.some((i) => i.state === 'overridden')) return 'one_override_per_session';
  return null;
}

export const OVERRIDE_PROBLEM_MESSAGES: Record<OverrideProblem, string> = {
  not_the_prescriber: 'Only the client’s prescriber may override a requirement.',
  not_overridable: 'Informed consent is the client’s own to give; it cannot be overridden.',
  already_met: 'That requirement is already met, so there is nothing to override.',
  already_overridden: 'That requirement is already overridden for this session.',
  one_override_per_session: 'This session already carries an override; a session may carry only one.',
};
