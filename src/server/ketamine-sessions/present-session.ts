import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { SessionConsoleStateSchema, TimelineEntryViewSchema } from '../../contracts/session-console-responses.contracts.js';
import type { Database } from '../../db/schema.js';
import { cursorOf, editableUntil, isAfterCursor } from '../../domain/session/console-cues.js';
import { type SessionView, sessionView, type TimelineEntry } from '../../domain/session/session-view.js';
import type { TimelineState } from '../../domain/session/timeline-state.js';
import { latestLiveSeq } from '../platform/live/live-events.repository.js';
import { contextOf, type SessionRow, userNames } from './ketamine-sessions.repository.js';
import { presentGlance } from './present-glance.js';

export const sessionTopic = (sessionId: string) => `ketamine-session:${sessionId}`;

export type SessionConsoleState = z.infer<typeof SessionConsoleStateSchema>;
type TimelineEntryView = z.infer<typeof TimelineEntryViewSchema>;

type Names = Map<string, string>;
const person = (names: Names, id: string) => ({ id, name: names.get(id) ?? 'Former staff member' });

export async function namesFor(db: Kysely<Database>, state: TimelineState): Promise<Names> {
  return userNames(
    db,
    state.events.map((a) => a.event.authorId),
  );
}

function presentEntry(entry: TimelineEntry, names: Names, view: SessionView, state: TimelineState, viewerId: string, now: string) {
  return {
    id: entry.id,
    kind: entry.original.kind,
    author: person(names, entry.meta.authorId),
    deviceTime: entry.meta.deviceTime,
    serverTime: entry.meta.serverTime ?? entry.occurredAt,
    occurredAt: entry.occurredAt,
    timeSource: entry.timeSource,
    original: entry.original,
    current: entry.current,
    editableUntil: editableUntil(entry, viewerId, view, state.context.console, now),
    changes: entry.changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      author: person(names, c.authorId),
      occurredAt: c.occurredAt,
      reason: c.reason,
      replacement: c.replacement,
    })),
  } as TimelineEntryView;
}

/** Entries strictly after the cursor (all when null), in timeline order. */
export function entriesAfter(state: TimelineState, view: SessionView, names: Names, viewerId: string, now: string, after: string | null) {
  const fresh = new Set(state.events.filter((a) => isAfterCursor(a, after)).map((a) => a.event.id));
  // An edit or amendment after the cursor brings its target back with the change folded in.
  for (const a of state.events)
    if (fresh.has(a.event.id) && (a.event.kind === 'edit' || a.event.kind === 'amendment')) fresh.add(a.event.body.targetId);
  return view.entries.filter((e) => fresh.has(e.id)).map((e) => presentEntry(e, names, view, state, viewerId, now));
}

export async function presentState(
  db: Kysely<Database>,
  row: SessionRow,
  state: TimelineState,
  viewerId: string,
  now: string,
): Promise<SessionConsoleState & { liveSeq: number }> {
  const view = sessionView(state, now);
  const names = await namesFor(db, state);
  const ackNames = await userNames(
    db,
    view.alerts.flatMap((a) => (a.acknowledged ? [a.acknowledged.by] : [])),
  );
  const last = state.events.filter((a) => a.event.serverTime !== null).at(-1);
  const schedule = view.schedule;
  return {
    session: {
      id: row.id,
      clientId: row.client_id,
      status: view.status,
      openedAt: row.opened_at,
      firstDoseAt: view.firstDoseAt,
      dischargedAt: view.discharged?.at ?? null,
    },
    serverNow: now,
    glance: await presentGlance(db, contextOf(row), viewerId),
    baseline: view.baseline,
    baselineResult: view.baselineResult,
    dosingGate: view.dosingGate,
    schedule: schedule ? { slots: schedule.slots, nextDueAt: schedule.next?.dueAt ?? null, overdueCount: schedule.overdue.length } : null,
    alerts: view.alerts.map((a) => ({
      ...a,
      acknowledged: a.acknowledged ? { by: person(ackNames, a.acknowledged.by), at: a.acknowledged.at, note: a.acknowledged.note } : null,
    })),
    discharge: view.discharge,
    vocabulary: state.context.vocabulary,
    editWindowMinutes: state.context.console.editWindowMinutes,
    entries: view.entries.map((e) => presentEntry(e, names, view, state, viewerId, now)),
    cursor: last ? cursorOf(last) : null,
    liveSeq: await latestLiveSeq(db, sessionTopic(row.id)),
  };
}
