import { isStaffRole } from '../../domain/access/roles.js';
import { listUsers } from '../auth/index.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { clientsPolicy } from './clients.policy.js';

/** Active staff and their roles, for choosing a care team. Names and roles only: no client data. */
export async function staffDirectory(deps: Deps, ctx: RequestContext) {
  authorize(ctx, clientsPolicy.directory);
  const users = await listUsers(deps.db);
  return {
    staff: users
      .filter((u) => u.status === 'active' && u.roles.some(isStaffRole))
      .map((u) => ({ id: u.id, displayName: u.displayName, roles: u.roles.filter(isStaffRole) })),
  };
}
