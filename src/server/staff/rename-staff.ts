import type { StaffMember } from '../../contracts/staff.contracts.js';
import { isStaffRole } from '../../domain/access/roles.js';
import { findUserById, nameTaken, nameTakenByOtherStaff, setDisplayName } from '../auth/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { staffPolicy } from './staff.policy.js';

/** The name a staff member is shown by is the admin's to set (as in the invitation), and audited when it changes. */
export async function renameStaff(deps: Deps, ctx: RequestContext, input: { id: string; displayName: string }): Promise<StaffMember> {
  authorize(ctx, staffPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const user = await findUserById(tx.db, input.id);
    if (!user || !user.roles.some(isStaffRole)) throw notFound();
    if (await nameTakenByOtherStaff(tx.db, input.displayName, user.id)) throw nameTaken('displayName');
    await setDisplayName(tx.db, user.id, input.displayName, ctx.now.toISOString());
    // Staff names are not clinical: the trail keeps both, so an impersonation attempt can be traced.
    await appendAudit(tx, ctx, {
      action: 'staff.display_name_change',
      recordType: 'user',
      recordId: user.id,
      detail: { from: user.displayName, to: input.displayName },
    });
    return {
      id: user.id,
      displayName: input.displayName,
      email: user.email,
      roles: user.roles,
      status: user.status,
      createdAt: user.createdAt,
    };
  });
}
