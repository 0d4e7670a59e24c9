import type { z } from 'zod';
import type { ConsoleEntryBody, EntryBatchResultSchema } from '../../contracts/session-console.contracts.js';
import type { CareRole } from '../../domain/clients/care-team.js';
import type { EntryKind, SessionEvent } from '../../domain/session/entries.js';
import { sessionView } from '../../domain/session/session-view.js';
import { applyEvent } from '../../domain/session/timeline.js';
import { type AcceptedEvent, fingerprint, type TimelineState } from '../../domain/session/timeline-state.js';
import { authorizeClientCare } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { uniqueViolationKey } from '../platform/database-errors.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { notFound, unauthenticated } from '../platform/errors.js';
import { ketamineSessionsPolicy, mayLogKind } from './ketamine-sessions.policy.js';
import {
  bodyHash,
  countEntries,
  entryInsert,
  insertEntry,
  type LockedSessionRow,
  lockSessionRow,
  syncProjections,
} from './ketamine-sessions.repository.js';
import { sessionTopic } from './present-session.js';
import { rememberUntilRollback, timelineOf } from './timeline-cache.js';

export type BatchResult = z.infer<typeof EntryBatchResultSchema>;
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

/** Kinds that change a projection (alerts, doses, the session row's status); the rest change only the count. */
const PROJECTED_KINDS: ReadonlySet<EntryKind> = new Set([
  'edit',
  'amendment',
  'vitals',
  'alert_acknowledged',
  'dose',
  'prn_medicine',
  'discharged',
]);

/** What a batch could have changed, so only those projections are brought up to date. */
function touched(applied: Applied[]) {
  const changes = applied.some((a) => a.kind === 'edit' || a.kind === 'amendment');
  return {
    alerts: changes || applied.some((a) => a.kind === 'vitals' || a.kind === 'alert_acknowledged'),
    doses: changes || applied.some((a) => a.kind === 'dose' || a.kind === 'prn_medicine'),
    // The session row's status, first dose and discharge come from doses and the discharge alone.
    row: changes || applied.some((a) => a.kind === 'dose' || a.kind === 'discharged'),
  };
}

function acknowledgementsOf(state: TimelineState): Map<string, string> {
  const acks = new Map<string, string>();
  for (const a of state.events)
    if (a.event.kind === 'alert_acknowledged' && !acks.has(a.event.body.alertId)) acks.set(a.event.body.alertId, a.event.id);
  return acks;
}

const conflictResult = (id: string): Result => ({
  id,
  outcome: 'conflict',
  error: { code: 'conflict', message: 'This entry id was already used for a different entry. Nothing was changed.' },
});

/** A batch whose entries change no projection: on PostgreSQL its inserts can ride with the COMMIT. */
export const ridesWithCommit = (input: Batch) => !input.entries.some((e) => PROJECTED_KINDS.has(e.kind));

/** One batch on its own, its inserts with the COMMIT (PostgreSQL); a taken id re-applies it checked entry by entry. */
export async function logAlone(deps: Deps, ctx: RequestContext, input: Batch): Promise<BatchResult> {
  try {
    return await applyBatch(deps, ctx, input, 'with_commit');
  } catch (err) {
    // An id another session's entry holds failed the commit (nothing landed): apply the batch again with
    // each insert checked on its own, so that entry is named a conflict and the others still apply.
    if (uniqueViolationKey(err) === 'session_entries.id') return applyBatch(deps, ctx, input, 'each_checked');
    throw err;
  }
}

export type Batch = { sessionId: string; entries: ConsoleEntryBody[] };

/**
 * Applies a device's batch in one transaction, each entry exactly once: a retried id with the same content
 * is a duplicate (nothing changes), a reused id with other content a conflict, a refused entry names
 * why. One entry's refusal does not stop the others. Every applied entry is published (ids only).
 *
 * `with_commit` (PostgreSQL): the inserts ride with the COMMIT (decision 0036), one round trip fewer per
 * entry; their ids are new to this session (the timeline in hand says so under the row lock), so only an
 * id taken by another session can fail them. `each_checked`: each insert on its own, taken ids refused.
 */
export async function applyBatch(deps: Deps, ctx: RequestContext, input: Batch, inserts: 'with_commit' | 'each_checked') {
  return inTransaction(deps, async (tx): Promise<BatchResult> => {
    // The row lock first: batches for one session apply one after another, on every app server.
    const record = await lockSessionRow(tx.db, input.sessionId);
    const { actor, careRoles, found } = await mayLogOn(tx, ctx, record);
    const before = await timelineOf(deps, tx.db, found);
    const { state, results, applied } = await applyEntries(tx, inserts, before, input.entries, {
      sessionId: found.id,
      authorId: actor.userId,
      careRoles,
      now: ctx.now.toISOString(),
    });
    if (applied.length > 0) await afterApplying(deps, tx, { record: found, state, applied, now: ctx.now.toISOString() });
    await auditBatch(tx, ctx, found, results, applied);
    return { results };
  });
}

/**
 * Who may log on the locked session: signed in (401), the session exists and the person may log on its
 * client (else 404). Reads only, so a refusal leaves nothing in the transaction.
 */
export async function mayLogOn(tx: Tx, ctx: RequestContext, record: LockedSessionRow | undefined) {
  if (!ctx.actor) throw unauthenticated();
  if (!record) throw notFound();
  return { ...(await authorizeClientCare(tx, ctx, record.client_id, ketamineSessionsPolicy.log)), found: record };
}

export type Applied = { id: string; kind: EntryKind };

/**
 * The batch's entries onto the timeline in hand, in order: each checked by the timeline's rules and by who
 * may log it, and each applied one inserted (with the COMMIT, or at once and checked for a taken id).
 */
export async function applyEntries(
  tx: Tx,
  inserts: 'with_commit' | 'each_checked',
  start: TimelineState,
  entries: ConsoleEntryBody[],
  by: { sessionId: string; authorId: string; careRoles: readonly CareRole[]; now: string },
) {
  let state = start;
  const results: Result[] = [];
  const applied: Applied[] = [];
  for (const entry of entries) {
    const event = toEvent(entry, by.sessionId, by.authorId, by.now);
    const hash = bodyHash(event);
    const seen = state.byId.get(entry.id);
    if (seen) {
      results.push(
        seen.fingerprint === hash || seen.fingerprint === fingerprint(event) ? accepted(seen, 'duplicate') : conflictResult(entry.id),
      );
      continue;
    }
    const byRole = roleRefusal(event, by.careRoles, state);
    if (byRole) {
      results.push({ id: entry.id, outcome: 'rejected', error: byRole });
      continue;
    }
    // The stored hash is the timeline's fingerprint, as when it is read back (loadAccepted).
    const result = applyEvent(state, event, hash);
    if (result.outcome === 'rejected') {
      const { code, message, issues } = result.rejection;
      results.push({
        id: entry.id,
        outcome: 'rejected',
        error: { code, message, issues: issues.map((i) => ({ ...i, path: `body.${i.path}` })) },
      });
      continue;
    }
    if (result.outcome !== 'applied') {
      results.push(conflictResult(entry.id));
      continue;
    }
    // Taken by an entry of another session: a conflict here, never a move.
    if (inserts === 'with_commit') await tx.withCommit(entryInsert(tx.db, result.entry, hash));
    else if (!(await insertEntry(tx.db, result.entry, hash))) {
      results.push(conflictResult(entry.id));
      continue;
    }
    state = result.state;
    applied.push({ id: entry.id, kind: entry.kind });
    results.push(accepted(result.entry, 'applied'));
  }
  return { state, results, applied };
}

/** The batch's audit row: which entries were applied and which refused, never their content. */
export async function auditBatch(
  tx: Tx,
  ctx: RequestContext,
  record: { id: string; client_id: string },
  results: Result[],
  applied: Applied[],
) {
  await appendAudit(tx, ctx, {
    action: 'ketamine_session.log',
    recordType: 'ketamine_session',
    recordId: record.id,
    detail: {
      clientId: record.client_id,
      applied: applied.map((a) => a.id),
      refused: results.filter((r) => r.outcome === 'conflict' || r.outcome === 'rejected').map((r) => r.id),
    },
  });
}

function accepted(a: AcceptedEvent, outcome: 'applied' | 'duplicate'): Result {
  return { id: a.event.id, outcome, serverTime: a.event.serverTime!, occurredAt: a.occurredAt, timeSource: a.timeSource };
}

/** Projections, the devices told (ids only), and this server's memory of the timeline once committed. */
export async function afterApplying(
  deps: Deps,
  tx: Tx,
  input: { record: LockedSessionRow; state: TimelineState; applied: Applied[]; now: string },
) {
  const { record, state, applied, now } = input;
  const entryCount = state.events.length;
  const changes = touched(applied);
  let alerts: string[] = [];
  // Most entries (an observation, a fragment, a note) change no projection but the count: no need to
  // work out the whole session again for them.
  if (!changes.alerts && !changes.doses && !changes.row) await tx.withCommit(countEntries(tx.db, record.id, entryCount, now));
  else {
    const view = sessionView(state, now);
    const dischargedBy = view.discharged ? (state.byId.get(view.discharged.id)?.event.authorId ?? null) : null;
    alerts = await syncProjections(
      tx.db,
      record,
      view,
      now,
      { ...changes, entryCount, dischargedBy, acknowledgements: acknowledgementsOf(state) },
      (query) => tx.withCommit(query),
    );
  }
  const topic = sessionTopic(record.id);
  for (const { id } of applied) tx.publish(topic, { type: 'session.entry_added', data: { entryId: id } });
  for (const alertId of alerts) tx.publish(topic, { type: 'session.alert_changed', data: { alertId } });
  rememberUntilRollback(deps, tx, record.id, entryCount, state);
}
