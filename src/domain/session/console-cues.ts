import { addMinutes, toMs } from './clock.js';
import type { ConsoleSettings } from './console-settings.js';
import type { SessionView, TimelineEntry } from './session-view.js';
import type { AcceptedEvent } from './timeline-state.js';

/**
 * The one "next vitals" cue the console shows: a pending 5-minute recheck comes before the schedule,
 * because it answers whether a reading at or above 180/110 was real (clinical.md).
 */
export type NextCheck =
  | { kind: 'recheck'; alertId: string; readingId: string; dueAt: string; status: 'waiting' | 'due' | 'overdue' }
  | { kind: 'scheduled'; minutes: number; dueAt: string; status: 'upcoming' | 'due' | 'overdue' }
  | null;

export function nextCheck(view: SessionView): NextCheck {
  if (view.discharged) return null;
  const waiting = view.alerts.flatMap((a) => {
    const r = a.recheck;
    return r && (r.status === 'waiting' || r.status === 'due' || r.status === 'overdue')
      ? [{ kind: 'recheck' as const, alertId: a.id, readingId: a.readingId, dueAt: r.dueAt, status: r.status }]
      : [];
  });
  const recheck = waiting.sort((a, b) => toMs(a.dueAt) - toMs(b.dueAt))[0];
  if (recheck) return recheck;
  const next = view.schedule?.next;
  if (!next || next.status === 'done' || next.status === 'missed') return null;
  return { kind: 'scheduled', minutes: next.minutes, dueAt: next.dueAt, status: next.status };
}

/** Until when `userId` may still edit the entry; null when only an amendment is possible for them. */
export function editableUntil(
  entry: TimelineEntry,
  userId: string,
  view: SessionView,
  settings: ConsoleSettings,
  now: string,
): string | null {
  if (view.discharged || entry.meta.authorId !== userId) return null;
  const until = addMinutes(entry.occurredAt, settings.editWindowMinutes);
  return toMs(now) <= toMs(until) ? until : null;
}

/** Catch-up cursor: entries are read back strictly after `serverTime|id`, the timeline's own order. */
export function cursorOf(accepted: AcceptedEvent): string | null {
  const { serverTime, id } = accepted.event;
  return serverTime === null ? null : `${new Date(toMs(serverTime)).toISOString()}|${id}`;
}

export function isAfterCursor(accepted: AcceptedEvent, cursor: string | null): boolean {
  if (cursor === null) return true;
  const [time, id] = cursor.split('|') as [string, string];
  const { serverTime } = accepted.event;
  if (serverTime === null) return true;
  const d = toMs(serverTime) - toMs(time);
  return d > 0 || (d === 0 && accepted.event.id > id);
}
