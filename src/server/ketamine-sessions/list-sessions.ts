import { authorizeClient } from '../clients/client-access.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { ketamineSessionsPolicy } from './ketamine-sessions.policy.js';
import { contextOf, listSessionRows } from './ketamine-sessions.repository.js';

/** The client's ketamine sessions for the chart, newest first. */
export async function listSessions(deps: Deps, ctx: RequestContext, input: { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.clientId, ketamineSessionsPolicy.read);
    const rows = await listSessionRows(tx.db, input.clientId);
    await appendAudit(tx, ctx, { action: 'ketamine_session.list', recordType: 'client', recordId: input.clientId });
    return {
      sessions: rows.map((r) => ({
        id: r.id,
        plannedSessionId: contextOf(r).plannedSessionId,
        status: r.status,
        openedAt: r.opened_at,
        firstDoseAt: r.first_dose_at,
        dischargedAt: r.discharged_at,
      })),
    };
  });
}
