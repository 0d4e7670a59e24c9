import type { z } from 'zod';
import type { ConsoleEntryBody, EntryBatchResultSchema } from '../../contracts/session-console.contracts.js';
import type { CareRole } from '../../domain/clients/care-team.js';
import type { EntryKind, SessionEvent } from '../../domain/session/entries.js';
import { sessionView } from '../../domain/session/session-view.js';
import { applyEvent } from '../../domain/session/timeline.js';
import type { TimelineState } from '../../domain/session/timeline-state.js';
import { authorizeClientRecord } from '../clients/client-access.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { ketamineSessionsPolicy, mayLogKind } from './ketamine-sessions.policy.js';
import { findSessionRow, idsElsewhere, insertEntry, lockSession, syncProjections } from './ketamine-sessions.repository.js';
import { loadTimeline, sessionTopic } from './present-session.js';

type BatchResult = z.infer<typeof EntryBatchResultSchema>;
type Result = BatchResult['results'][number];
type Refusal = { code: string; message: string; issues: { path: string; message: string }[] };

const refused = (code: string, message: string, issues: Refusal['issues'] = []): Refusal => ({ code, message, issues });

/**
 * Who may log this entry, beyond the timeline's own rules: a co-facilitator logs vitals, observations
 * and adverse events; a decision or an override is the named prescriber's own; a medicine is given by
 * someone on the care team.
 */
function roleRefusal(event: SessionEvent, careRoles: readonly CareRole[], state: TimelineState): Refusal | null {
  const kind: EntryKind =
    event.kind === 'edit' || event.kind === 'amendment' ? (state.byId.get(event.body.targetId)?.event.kind ?? event.kind) : event.kind;
  if (!mayLogKind(careRoles, kind)) return refused('not_allowed', 'This kind of entry is logged by the therapist or the prescriber.');
  const content = event.kind === 'edit' || event.kind === 'amendment' ? event.body.replacement : event;
  const team = careTeamOf(state);
  if (content?.kind === 'baseline_decision' && content.body.prescriberId !== event.authorId)
    return refused('not_the_prescriber', 'Only the prescriber named can record their decision.', [
      { path: 'prescriberId', message: 'must be you, the prescriber' },
    ]);
  if ((content?.kind === 'dose' || content?.kind === 'prn_medicine') && !team.includes(content.body.administeredBy))
    return refused('invalid_entry', 'Please check the entry.', [{ path: 'administeredBy', message: 'name someone on the care team' }]);
  if (event.kind === 'discharged' && event.body.override && event.body.override.prescriberId !== event.authorId)
    return refused('discharge_needs_prescriber_reason', 'The prescriber records the reason for discharging now.', [
      { path: 'override.prescriberId', message: 'must be you, the prescriber' },
    ]);
  return null;
}

const careTeamOf = (state: TimelineState) => (state.context as TimelineState['context'] & { careTeamIds?: string[] }).careTeamIds ?? [];

function toEvent(entry: ConsoleEntryBody, sessionId: string, authorId: string, serverTime: string): SessionEvent {
  return { ...entry, sessionId, authorId, serverTime } as SessionEvent;
}

/**
 * Applies a device's batch in one transaction, each entry exactly once: a retried id with the same content
 * is a duplicate (nothing changes), a reused id with other content a conflict, a refused entry names
 * why. One entry's refusal does not stop the others. Every applied entry is published (ids only).
 */
export async function logEntries(deps: Deps, ctx: RequestContext, input: { sessionId: string; entries: ConsoleEntryBody[] }) {
  return inTransaction(deps, async (tx): Promise<BatchResult> => {
    const { actor, careRoles, record } = await authorizeClientRecord(
      tx,
      ctx,
      await findSessionRow(tx.db, input.sessionId),
      ketamineSessionsPolicy.log,
    );
    const now = ctx.now.toISOString();
    await lockSession(tx.db, record.id, now);
    let state = await loadTimeline(tx.db, record);
    const elsewhere = await idsElsewhere(
      tx.db,
      record.id,
      input.entries.map((e) => e.id),
    );
    const results: Result[] = [];
    const applied: string[] = [];
    for (const entry of input.entries) {
      const event = toEvent(entry, record.id, actor.userId, now);
      if (elsewhere.has(entry.id)) {
        results.push({ id: entry.id, outcome: 'conflict', error: { code: 'conflict', message: 'This entry id was already used.' } });
        continue;
      }
      const byRole = state.byId.has(entry.id) ? null : roleRefusal(event, careRoles, state);
      if (byRole) {
        results.push({ id: entry.id, outcome: 'rejected', error: byRole });
        continue;
      }
      const result = applyEvent(state, event);
      state = result.state;
      if (result.outcome === 'conflict') {
        results.push({
          id: entry.id,
          outcome: 'conflict',
          error: { code: 'conflict', message: 'This entry id was already used for a different entry. Nothing was changed.' },
        });
      } else if (result.outcome === 'rejected') {
        const { code, message, issues } = result.rejection;
        results.push({
          id: entry.id,
          outcome: 'rejected',
          error: { code, message, issues: issues.map((i) => ({ ...i, path: `body.${i.path}` })) },
        });
      } else {
        const e = result.entry;
        if (result.outcome === 'applied') {
          await insertEntry(tx.db, e);
          applied.push(entry.id);
        }
        results.push({
          id: entry.id,
          outcome: result.outcome === 'applied' ? 'applied' : 'duplicate',
          serverTime: e.event.serverTime ?? now,
          occurredAt: e.occurredAt,
          timeSource: e.timeSource,
        });
      }
    }
    if (applied.length > 0) {
      const view = sessionView(state, now);
      const dischargedBy = view.discharged ? (state.byId.get(view.discharged.id)?.event.authorId ?? null) : null;
      const alerts = await syncProjections(tx.db, record, view, now, dischargedBy);
      const topic = sessionTopic(record.id);
      for (const entryId of applied) tx.publish(topic, { type: 'session.entry_added', data: { entryId } });
      for (const alertId of alerts) tx.publish(topic, { type: 'session.alert_changed', data: { alertId } });
    }
    await appendAudit(tx, ctx, {
      action: 'ketamine_session.log',
      recordType: 'ketamine_session',
      recordId: record.id,
      detail: {
        clientId: record.client_id,
        applied,
        refused: results.filter((r) => r.outcome === 'conflict' || r.outcome === 'rejected').map((r) => r.id),
      },
    });
    return { results };
  });
}
