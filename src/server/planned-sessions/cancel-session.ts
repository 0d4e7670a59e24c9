import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { plannedSessionsPolicy } from './planned-sessions.policy.js';
import { findSessionRow, presentSession } from './planned-sessions.repository.js';

/** A canceled session stays on record with who and why; it frees its people and room. */
export async function cancelSession(deps: Deps, ctx: RequestContext, input: { id: string; reason: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record } = await authorizeClientRecord(tx, ctx, await findSessionRow(tx.db, input.id), plannedSessionsPolicy.plan);
    if (record.status !== 'planned') throw conflict('Only a session that has not started can be canceled.', 'not_planned');
    const at = ctx.now.toISOString();
    await tx.db
      .updateTable('planned_sessions')
      .set({ status: 'cancelled', cancelled_at: at, cancelled_by: actor.userId, cancellation_reason: input.reason, updated_at: at })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'planned_session.cancel',
      recordType: 'planned_session',
      recordId: input.id,
      detail: { clientId: record.client_id },
    });
    const { timeZone } = await getPracticeSettings(tx.db);
    return presentSession(tx.db, (await findSessionRow(tx.db, input.id))!, timeZone);
  });
}
