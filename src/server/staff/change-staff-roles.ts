import type { StaffMember } from '../../contracts/staff.contracts.js';
import { isStaffRole, type Role } from '../../domain/access/roles.js';
import { findUserById } from '../auth/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { staffPolicy } from './staff.policy.js';
import { lockActiveAdmins, replaceRoles } from './staff-roles.repository.js';

/** An admin changes a staff member's roles; the practice is never left without an active admin. */
export async function changeStaffRoles(deps: Deps, ctx: RequestContext, input: { id: string; roles: Role[] }): Promise<StaffMember> {
  authorize(ctx, staffPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const admins = await lockActiveAdmins(tx.db, deps.dialect);
    const user = await findUserById(tx.db, input.id);
    if (!user || !user.roles.some(isStaffRole)) throw notFound();
    const roles = [...input.roles].sort();
    const losesAdmin = user.roles.includes('admin') && !roles.includes('admin');
    if (losesAdmin && user.status === 'active' && admins.filter((id) => id !== user.id).length === 0) {
      throw conflict('This is the practice’s only admin. Make someone else an admin first.', 'last_admin');
    }
    await replaceRoles(tx.db, user.id, roles, ctx.now.toISOString());
    await appendAudit(tx, ctx, {
      action: 'staff.roles_change',
      recordType: 'user',
      recordId: user.id,
      detail: { from: user.roles, to: roles },
    });
    return { id: user.id, displayName: user.displayName, email: user.email, roles, status: user.status, createdAt: user.createdAt };
  });
}
