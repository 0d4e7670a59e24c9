import { v7 as uuidv7 } from 'uuid';
import { toJsonColumn } from '../../db/json-column.js';
import { authorizeClient } from '../clients/client-access.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { assertGateHolds } from '../readiness/client-gate.js';
import { ketamineSessionsPolicy } from './ketamine-sessions.policy.js';
import { contextOf, findSessionRow, listSessionRows } from './ketamine-sessions.repository.js';
import { loadTimeline, presentState } from './present-session.js';
import { snapshotContext } from './session-context.js';

/**
 * Opens the console for a planned session: only when the readiness gate holds for that day, its unmet
 * items overridden by the prescriber for this session counting as held (409 `gate_not_met` naming each
 * item otherwise). One planned session opens one ketamine session; asking again returns the one open.
 */
export async function openSession(deps: Deps, ctx: RequestContext, input: { clientId: string; plannedSessionId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, ketamineSessionsPolicy.open);
    const gate = await assertGateHolds(tx, input.clientId, input.plannedSessionId);
    const now = ctx.now.toISOString();
    const planned = await tx.db.selectFrom('planned_sessions').select('status').where('id', '=', input.plannedSessionId).executeTakeFirst();
    if (planned?.status === 'completed') throw conflict('This planned session has already been held.', 'session_held');
    for (const row of await listSessionRows(tx.db, input.clientId)) {
      if (contextOf(row).plannedSessionId !== input.plannedSessionId) continue;
      await appendAudit(tx, ctx, { action: 'ketamine_session.read', recordType: 'ketamine_session', recordId: row.id });
      return presentState(tx.db, row, await loadTimeline(tx.db, row), actor.userId, now);
    }
    const id = uuidv7();
    const context = await snapshotContext(tx.db, {
      sessionId: id,
      clientId: input.clientId,
      plannedSessionId: input.plannedSessionId,
      openedAt: now,
      gate,
    });
    await tx.db
      .insertInto('ketamine_sessions')
      .values({
        id,
        client_id: input.clientId,
        status: 'open',
        context: toJsonColumn(context),
        readiness_override: context.atAGlance.readiness.overridden.length
          ? toJsonColumn({ requirements: context.atAGlance.readiness.overridden })
          : null,
        opened_at: now,
        opened_by: actor.userId,
        updated_at: now,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'ketamine_session.open',
      recordType: 'ketamine_session',
      recordId: id,
      detail: { clientId: input.clientId, plannedSessionId: input.plannedSessionId, overridden: context.atAGlance.readiness.overridden },
    });
    await tx.db
      .updateTable('planned_sessions')
      .set({ status: 'started', updated_at: now })
      .where('id', '=', input.plannedSessionId)
      .where('status', '=', 'planned')
      .execute();
    const row = (await findSessionRow(tx.db, id))!;
    return presentState(tx.db, row, await loadTimeline(tx.db, row), actor.userId, now);
  });
}
