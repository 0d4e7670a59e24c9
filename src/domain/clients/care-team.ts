import type { Role } from '../access/roles.js';

export const CARE_ROLES = ['therapist', 'prescriber', 'co_facilitator'] as const;
export type CareRole = (typeof CARE_ROLES)[number];

export const CARE_ROLE_LABELS: Record<CareRole, string> = {
  therapist: 'Therapist',
  prescriber: 'Prescriber',
  co_facilitator: 'Co-facilitator',
};

/** Only someone who holds a staff role can fill it on a care team: a prescriber must be a prescriber. */
export function canHoldCareRole(userRoles: readonly Role[], careRole: CareRole): boolean {
  return userRoles.includes(careRole);
}

/** A declared rule about one client's records: which care-team roles may act, and whether admins may. */
export interface ClientRule {
  readonly description: string;
  readonly careRoles: readonly CareRole[];
  readonly admin: boolean;
}

export function clientRule(description: string, careRoles: readonly CareRole[], options: { admin: boolean }): ClientRule {
  return { description, careRoles, admin: options.admin };
}

/**
 * Staff see only the clients on their care team, in the roles they hold there. An admin sees any chart
 * where the rule allows it — and that access is audited like anyone's.
 */
export function allowsOnClient(rule: ClientRule, actorRoles: readonly Role[], careRolesOnThisClient: readonly CareRole[]): boolean {
  if (rule.admin && actorRoles.includes('admin')) return true;
  return careRolesOnThisClient.some((role) => rule.careRoles.includes(role) && actorRoles.includes(role));
}

/**
 * Whether someone with these roles could act under the rule on some chart: an admin where the rule lets
 * admins in, or anyone who holds one of the rule's care roles (they may act wherever they are on the team).
 * Used to decide which screens to offer, never to let a request through.
 */
export function mayActOnSomeClient(rule: ClientRule, actorRoles: readonly Role[]): boolean {
  if (rule.admin && actorRoles.includes('admin')) return true;
  return rule.careRoles.some((role) => actorRoles.includes(role));
}

/** An admin whom the rule lets onto every chart, care team or not. */
export function reachesEveryClient(rule: ClientRule, actorRoles: readonly Role[]): boolean {
  return rule.admin && actorRoles.includes('admin');
}
