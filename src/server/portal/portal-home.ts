import { fromJsonColumn } from '../../db/json-column.js';
import { instruments } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeOwnPortal } from '../clients/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { portalPolicy } from './portal.policy.js';
import { clientNames, openAssignmentsOf, openDraftsOf, recentResponsesOf, therapistNameOf } from './portal.repository.js';

/** The client's own page: what is waiting for them and what they have sent. Never a score. */
export async function portalHome(deps: Deps, ctx: RequestContext) {
  const actor = authorizeOwnPortal(ctx, portalPolicy.home);
  return inTransaction(deps, async (tx) => {
    const [client, practice, open, done, therapist, drafts] = await Promise.all([
      clientNames(tx.db, actor.clientId),
      getPracticeSettings(tx.db),
      openAssignmentsOf(tx.db, actor.clientId),
      recentResponsesOf(tx.db, actor.clientId, 20),
      therapistNameOf(tx.db, actor.clientId),
      openDraftsOf(tx.db, actor.clientId),
    ]);
    const started = new Set(
      drafts.filter((d) => Object.keys(fromJsonColumn<Record<string, unknown>>(d.answers)).length > 0).map((d) => d.assignment_id),
    );
    await appendReadAudit(tx, ctx, { action: 'portal.home', recordType: 'client', recordId: actor.clientId });
    return {
      preferredName: client.preferred_name || client.legal_name.split(' ')[0] || client.legal_name,
      practiceName: practice.practiceName,
      timeZone: practice.timeZone,
      isDemo: practice.isDemo,
      therapistName: therapist?.display_name ?? null,
      assignments: open.map((a) => ({
        id: a.id,
        instrumentId: a.instrument_id as InstrumentId,
        title: instruments[a.instrument_id as InstrumentId].title,
        itemCount: instruments[a.instrument_id as InstrumentId].items.length,
        assignedAt: a.assigned_at,
        started: started.has(a.id),
      })),
      completed: done.map((r) => ({ id: r.id, title: instruments[r.instrument_id as InstrumentId].title, completedAt: r.completed_at })),
      crisis: { crisisLine: '988', emergencyNumber: practice.emergencyNumber },
    };
  });
}
