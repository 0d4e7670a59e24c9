import type { StaffMember } from '../../contracts/staff.contracts.js';
import { isStaffRole } from '../../domain/access/roles.js';
import { listUsers } from '../auth/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { listInvitations, presentInvitation } from './invitations.repository.js';
import { staffPolicy } from './staff.policy.js';

export async function listStaff(deps: Deps, ctx: RequestContext) {
  authorize(ctx, staffPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const users = await listUsers(tx.db);
    const staff: StaffMember[] = users
      .filter((u) => u.roles.some(isStaffRole))
      .map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, roles: u.roles, status: u.status, createdAt: u.createdAt }));
    const invitations = (await listInvitations(tx.db)).map((row) => presentInvitation(row, ctx.now));
    await appendReadAudit(tx, ctx, { action: 'staff.list' });
    return { staff, invitations };
  });
}
