import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { plannedSessionsPolicy } from './planned-sessions.policy.js';
import { findSessionRow, presentSession } from './planned-sessions.repository.js';

export async function readPlannedSession(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { record } = await authorizeClientRecord(tx, ctx, await findSessionRow(tx.db, input.id), plannedSessionsPolicy.read);
    await appendAudit(tx, ctx, { action: 'planned_session.read', recordType: 'planned_session', recordId: input.id });
    return presentSession(tx.db, record, (await getPracticeSettings(tx.db)).timeZone);
  });
}

/** The readiness gate for one planned session (GET /api/planned-sessions/:id/readiness). */
export async function readSessionReadiness(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return (await readPlannedSession(deps, ctx, input)).gate;
}

export async function listPlannedSessions(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, plannedSessionsPolicy.read);
    const { timeZone } = await getPracticeSettings(tx.db);
    const rows = await tx.db.selectFrom('planned_sessions').selectAll().where('client_id', '=', input.id).orderBy('starts_at').execute();
    const sessions = [];
    for (const row of rows) sessions.push(await presentSession(tx.db, row, timeZone));
    await appendAudit(tx, ctx, { action: 'planned_session.list', recordType: 'client', recordId: input.id });
    return { sessions };
  });
}
