import type { Role } from './roles.js';

/** A declared rule: which roles may do a thing. Checked by the server's `authorize`. */
export interface Rule {
  readonly description: string;
  readonly roles: readonly Role[];
}

export function rule(description: string, roles: readonly Role[]): Rule {
  return { description, roles };
}

export function allows(rule: Rule, actorRoles: readonly Role[]): boolean {
  return actorRoles.some((role) => rule.roles.includes(role));
}
