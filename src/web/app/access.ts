import type { Client } from '../../contracts/clients.contracts';
import { allowsOnClient, type CareRole, type ClientRule, clientRule } from '../../domain/clients/care-team';
import type { CurrentUser, Role } from '../api/types';

function hasAny(user: CurrentUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

/**
 * What the screens offer each role. These mirror the server's policies so nobody is shown a link
 * that leads nowhere; the server still decides every request.
 */
export const can = {
  workRequests: (user: CurrentUser) => hasAny(user, ['therapist', 'admin']),
  administer: (user: CurrentUser) => hasAny(user, ['admin']),
  seeClients: (user: CurrentUser) => hasAny(user, ['therapist', 'prescriber', 'co_facilitator', 'admin']),
  createClients: (user: CurrentUser) => hasAny(user, ['therapist', 'admin']),
  /** The staff directory behind the care-team pickers. */
  chooseCareTeams: (user: CurrentUser) => hasAny(user, ['therapist', 'admin']),
  /** On the dashboard, flags come only from the person's own care teams. */
  acknowledgeFlags: (user: CurrentUser) => hasAny(user, ['therapist', 'prescriber']),
  readClinicalSettings: (user: CurrentUser) => hasAny(user, ['therapist', 'prescriber', 'co_facilitator', 'admin']),
  changeClinicalSettings: (user: CurrentUser) => hasAny(user, ['prescriber']),
};

const BOTH: readonly CareRole[] = ['therapist', 'prescriber'];

/** One client's chart, under the same client rules as the server's policy files. */
const CHART_RULES = {
  editDetails: clientRule('edit details', ['therapist'], { admin: true }),
  setCareTeam: clientRule('choose the care team', ['therapist'], { admin: true }),
  invitePortal: clientRule('invite to the portal', ['therapist'], { admin: true }),
  changePhase: clientRule('move along the path', BOTH, { admin: false }),
  writeConsultation: clientRule('write, sign and amend consultations', ['therapist'], { admin: false }),
  assignMeasures: clientRule('assign measures', BOTH, { admin: false }),
  enterMeasures: clientRule('enter measures with the client, record clinician scores', BOTH, { admin: false }),
  acknowledgeFlags: clientRule('acknowledge safety flags', BOTH, { admin: false }),
  recordMedical: clientRule('record screening and clearance', ['prescriber'], { admin: false }),
  writePreparation: clientRule('write preparation records', ['therapist'], { admin: false }),
  planSessions: clientRule('plan or cancel a ketamine session', ['therapist'], { admin: false }),
  confirmOnArrival: clientRule('confirm readiness checks on arrival', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  overrideGate: clientRule('override one gate requirement for a session', ['prescriber'], { admin: false }),
} satisfies Record<string, ClientRule>;

export type ChartAbility = keyof typeof CHART_RULES;
export type ChartAbilities = Record<ChartAbility, boolean>;

/** What this person may do on this chart: their roles on its care team, against the same rules the server holds. */
export function chartAbilities(user: CurrentUser, client: Pick<Client, 'careTeam'>): ChartAbilities {
  const careRoles = client.careTeam.filter((member) => member.userId === user.id).map((member) => member.role);
  const entries = Object.entries(CHART_RULES).map(([ability, rule]) => [ability, allowsOnClient(rule, user.roles, careRoles)]);
  return Object.fromEntries(entries) as ChartAbilities;
}

export type Ability = (user: CurrentUser) => boolean;

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  therapist: 'Therapist',
  prescriber: 'Prescriber',
  co_facilitator: 'Co-facilitator',
  client: 'Client',
};

export const STAFF_ROLES = ['therapist', 'prescriber', 'co_facilitator', 'admin'] as const satisfies readonly Role[];

export function roleList(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABELS[role]).join(', ');
}

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLE_LABELS, value);
}
