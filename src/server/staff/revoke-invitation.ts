import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { findInvitationWithInviter, invitationState, presentInvitation } from './invitations.repository.js';
import { staffPolicy } from './staff.policy.js';

export async function revokeInvitation(deps: Deps, ctx: RequestContext, input: { id: string }) {
  authorize(ctx, staffPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const row = await findInvitationWithInviter(tx.db, input.id);
    if (!row) throw notFound();
    if (invitationState(row, ctx.now) !== 'open') throw conflict('This invitation is no longer open, so there is nothing to revoke.');
    await tx.db.updateTable('invitations').set({ revoked_at: ctx.now.toISOString() }).where('id', '=', input.id).execute();
    await appendAudit(tx, ctx, { action: 'staff.invitation_revoke', recordType: 'invitation', recordId: input.id });
    return presentInvitation({ ...row, revoked_at: ctx.now.toISOString() }, ctx.now);
  });
}
