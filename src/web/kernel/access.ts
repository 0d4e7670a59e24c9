import type { AppAbility } from '../../contracts/access.contracts';
import type { CurrentUser, Role } from '../api/types';

export type { AppAbility, ChartAbilities, ChartAbility } from '../../contracts/access.contracts';

/** Something the screens may offer this person. */
export type Ability = (user: CurrentUser) => boolean;

/**
 * What the screens offer, read from the abilities the server sends with the signed-in person (computed from
 * the same policy rules its use cases enforce). The server still decides every request.
 */
export function can(ability: AppAbility): Ability {
  return (user) => user.abilities[ability];
}

/** The practice office: any of the admin screens. */
export const ADMIN_ABILITIES = [
  'manageStaff',
  'changePracticeSettings',
  'editPages',
  'readOutbox',
  'browseAudit',
] as const satisfies readonly AppAbility[];

export function seesAdministration(user: CurrentUser): boolean {
  return ADMIN_ABILITIES.some((ability) => user.abilities[ability]);
}

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
