import { fromJsonColumn } from '../../db/json-column.js';
import { instruments } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { requireClientActor } from '../clients/client-access.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/practice.repository.js';

/** The client's own page: what is waiting for them and what they have sent. Never a score. */
export async function portalHome(deps: Deps, ctx: RequestContext) {
  const actor = requireClientActor(ctx);
  return inTransaction(deps, async (tx) => {
    const [client, practice, open, done, therapist, drafts] = await Promise.all([
      tx.db.selectFrom('clients').select(['legal_name', 'preferred_name']).where('id', '=', actor.clientId).executeTakeFirstOrThrow(),
      getPracticeSettings(tx.db),
      tx.db
        .selectFrom('measure_assignments')
        .selectAll()
        .where('client_id', '=', actor.clientId)
        .where('status', '=', 'open')
        .orderBy('assigned_at')
        .execute(),
      tx.db
        .selectFrom('measure_responses')
        .select(['id', 'instrument_id', 'completed_at'])
        .where('client_id', '=', actor.clientId)
        .orderBy('completed_at', 'desc')
        .limit(20)
        .execute(),
      tx.db
        .selectFrom('care_team_members')
        .innerJoin('users', 'users.id', 'care_team_members.user_id')
        .select('users.display_name')
        .where('care_team_members.client_id', '=', actor.clientId)
        .where('care_team_members.role', '=', 'therapist')
        .executeTakeFirst(),
      tx.db
        .selectFrom('measure_drafts')
        .select(['assignment_id', 'answers'])
        .where('client_id', '=', actor.clientId)
        .where('status', '=', 'open')
        .where('assignment_id', 'is not', null)
        .execute(),
    ]);
    const started = new Set(
      drafts.filter((d) => Object.keys(fromJsonColumn<Record<string, unknown>>(d.answers)).length > 0).map((d) => d.assignment_id),
    );
    await appendReadAudit(tx, ctx, { action: 'portal.home', recordType: 'client', recordId: actor.clientId });
    return {
      preferredName: client.preferred_name || client.legal_name.split(' ')[0] || client.legal_name,
      practiceName: practice.practiceName,
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
