import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { endSession } from './sessions.repository.js';

/** Ends the session on the server, not only in the browser. Signing out twice is harmless. */
export async function signOut(deps: Deps, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  await inTransaction(deps, async (tx) => {
    await endSession(tx.db, actor.sessionId, ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: 'auth.sign_out', recordType: 'user', recordId: actor.userId });
  });
}
