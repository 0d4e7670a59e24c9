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
};

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
