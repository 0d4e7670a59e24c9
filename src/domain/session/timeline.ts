import type { SessionEvent } from './entries.js';
import { checkEvent, type Rejection } from './entry-checks.js';
import {
  type AcceptedEvent,
  compareEvents,
  emptyTimeline,
  fingerprint,
  occurredAt,
  type SessionContext,
  type TimelineState,
  withEvent,
} from './timeline-state.js';

/**
 * Applying an entry is idempotent: the same id with the same content is applied once however often it
 * arrives (an outbox retrying, two syncs racing); the same id with different content is a conflict,
 * never an overwrite. `synced` is the device learning the server's time for an entry it already showed.
 */
export type ApplyResult =
  | { outcome: 'applied' | 'duplicate' | 'synced'; state: TimelineState; entry: AcceptedEvent }
  | { outcome: 'conflict'; state: TimelineState; existing: AcceptedEvent }
  | { outcome: 'rejected'; state: TimelineState; rejection: Rejection };

/**
 * `print` is what identifies the entry's content; the server passes the hash it stores (of the same
 * fingerprint) so the timeline it keeps compares like the one it reads back.
 */
export function applyEvent(state: TimelineState, event: SessionEvent, print: string = fingerprint(event)): ApplyResult {
  const existing = state.byId.get(event.id);
  if (existing) {
    if (existing.fingerprint !== print) return { outcome: 'conflict', state, existing };
    if (existing.event.serverTime === null && event.serverTime !== null) {
      const synced = accept(event, print);
      const without = { ...state, events: state.events.filter((a) => a.event.id !== event.id) };
      return { outcome: 'synced', state: withEvent(without, synced), entry: synced };
    }
    return { outcome: 'duplicate', state, entry: existing };
  }
  const accepted = accept(event, print);
  const rejection = checkEvent(state, event, accepted.occurredAt);
  if (rejection) return { outcome: 'rejected', state, rejection };
  return { outcome: 'applied', state: withEvent(state, accepted), entry: accepted };
}

function accept(event: SessionEvent, print: string): AcceptedEvent {
  const when = occurredAt(event);
  return { event, occurredAt: when.at, timeSource: when.source, fingerprint: print };
}

export interface FoldResult {
  state: TimelineState;
  /** Ids that arrived more than once with the same content (applied once). */
  duplicates: string[];
  /** Ids that arrived again with different content (the first kept). */
  conflicts: string[];
  rejected: { id: string; rejection: Rejection }[];
}

/**
 * The timeline from a set of entries in any arrival order: sorted by server time, then id (entries not
 * yet on the server last), then applied one by one. Folding the same entries in any order, or with
 * repeats, gives the same timeline.
 */
export function foldTimeline(context: SessionContext, events: readonly SessionEvent[]): FoldResult {
  // Fingerprint last, so two versions of one id sort the same way whatever order they came in.
  const sorted = [...events].sort((a, b) => compareEvents(a, b) || fingerprint(a).localeCompare(fingerprint(b)));
  let state = emptyTimeline(context);
  const duplicates: string[] = [];
  const conflicts: string[] = [];
  const rejected: FoldResult['rejected'] = [];
  for (const event of sorted) {
    const result = applyEvent(state, event);
    state = result.state;
    if (result.outcome === 'duplicate') duplicates.push(event.id);
    else if (result.outcome === 'conflict') conflicts.push(event.id);
    else if (result.outcome === 'rejected') rejected.push({ id: event.id, rejection: result.rejection });
  }
  return { state, duplicates, conflicts, rejected };
}
