import { sessionView } from '../../domain/session/session-view.js';
import { authorizeClientRecord } from '../clients/client-access.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { ketamineSessionsPolicy } from './ketamine-sessions.policy.js';
import { findSessionRow } from './ketamine-sessions.repository.js';
import { entriesAfter, loadTimeline, namesFor, presentState } from './present-session.js';

/** The console's whole picture of a session, with the cursors to catch up and stream from. */
export async function readSession(deps: Deps, ctx: RequestContext, input: { sessionId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record } = await authorizeClientRecord(
      tx,
      ctx,
      await findSessionRow(tx.db, input.sessionId),
      ketamineSessionsPolicy.read,
    );
    await appendAudit(tx, ctx, { action: 'ketamine_session.read', recordType: 'ketamine_session', recordId: record.id });
    return presentState(tx.db, record, await loadTimeline(tx.db, record), actor.userId, ctx.now.toISOString());
  });
}

/** Catching up after a reconnect: the entries strictly after the cursor, changed ones with their change. */
export async function readEntriesAfter(deps: Deps, ctx: RequestContext, input: { sessionId: string; after: string | null }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record } = await authorizeClientRecord(
      tx,
      ctx,
      await findSessionRow(tx.db, input.sessionId),
      ketamineSessionsPolicy.read,
    );
    await appendAudit(tx, ctx, { action: 'ketamine_session.read_entries', recordType: 'ketamine_session', recordId: record.id });
    const state = await loadTimeline(tx.db, record);
    const now = ctx.now.toISOString();
    const entries = entriesAfter(state, sessionView(state, now), await namesFor(tx.db, state), actor.userId, now, input.after);
    const last = state.events.at(-1);
    return { entries, cursor: last ? `${new Date(last.event.serverTime ?? now).toISOString()}|${last.event.id}` : null };
  });
}
