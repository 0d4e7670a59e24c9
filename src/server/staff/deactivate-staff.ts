import { endSessionsOfUser, findUserById } from '../auth/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { staffPolicy } from './staff.policy.js';

/** Accounts are deactivated, never deleted: the audit trail and signed records keep pointing at them. */
export async function setStaffStatus(deps: Deps, ctx: RequestContext, input: { id: string; status: 'active' | 'deactivated' }) {
  const actor = authorize(ctx, staffPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const user = await findUserById(tx.db, input.id);
    if (!user || user.roles.includes('client')) throw notFound();
    if (user.id === actor.userId) throw conflict('You cannot deactivate your own account. Ask another admin to do it.');
    await tx.db.updateTable('users').set({ status: input.status, updated_at: ctx.now.toISOString() }).where('id', '=', input.id).execute();
    if (input.status === 'deactivated') await endSessionsOfUser(tx.db, input.id, ctx.now.toISOString());
    await appendAudit(tx, ctx, {
      action: `staff.${input.status === 'active' ? 'reactivate' : 'deactivate'}`,
      recordType: 'user',
      recordId: input.id,
    });
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      roles: user.roles,
      status: input.status,
      createdAt: user.createdAt,
    };
  });
}
