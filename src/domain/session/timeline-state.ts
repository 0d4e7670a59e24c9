import { canonicalJson } from '../audit/canonical-json.js';
import type { MonitoringSettings } from '../medical/monitoring-settings.js';
import { toMs } from './clock.js';
import type { ConsoleSettings } from './console-settings.js';
import type { SessionEvent } from './entries.js';
import type { SomaticVocabulary } from './vocabulary.js';

/** What the rules need to know about the session beyond its timeline, fixed when the session opens. */
export interface SessionContext {
  sessionId: string;
  openedAt: string;
  /** Care-team prescribers for this client: they order doses and record decisions and overrides. */
  prescriberIds: readonly string[];
  /** Touch kinds from the client's current touch consent (preparation); empty when none. */
  consentedTouchKinds: readonly string[];
  vocabulary: SomaticVocabulary;
  monitoring: MonitoringSettings;
  console: ConsoleSettings;
}

/**
 * An entry logged while the device was online reaches the server within moments; one logged offline
 * arrives much later. Within this tolerance the server's clock is the record (DESIGN.md: "session timers
 * use the server clock for records"); beyond it the device's time, corrected by its known offset, is
 * the best record of when it happened, and the entry says so.
 */
export const LIVE_ARRIVAL_TOLERANCE_MS = 60_000;

export interface AcceptedEvent {
  event: SessionEvent;
  /** When it happened on the record's clock. */
  occurredAt: string;
  /** `server` when it arrived live; `device` when logged offline and placed by the device's clock. */
  timeSource: 'server' | 'device';
  fingerprint: string;
}

export interface TimelineState {
  context: SessionContext;
  /** Sorted by server time, then id; entries not yet synced come last, by device time then id. */
  events: AcceptedEvent[];
  byId: ReadonlyMap<string, AcceptedEvent>;
}

export function emptyTimeline(context: SessionContext): TimelineState {
  return { context, events: [], byId: new Map() };
}

export function occurredAt(event: SessionEvent): { at: string; source: 'server' | 'device' } {
  const corrected = toMs(event.deviceTime) + event.clockOffsetMs;
  if (event.serverTime === null) return { at: new Date(corrected).toISOString(), source: 'device' };
  const server = toMs(event.serverTime);
  // A device clock running ahead cannot place an entry after it reached the server.
  if (server - corrected <= LIVE_ARRIVAL_TOLERANCE_MS) return { at: new Date(server).toISOString(), source: 'server' };
  return { at: new Date(corrected).toISOString(), source: 'device' };
}

/**
 * What makes two submissions "the same entry": everything the device sent plus who sent it, in
 * canonical JSON (key order does not matter). The server stores a hash of this beside the client id.
 */
export function fingerprint(event: SessionEvent): string {
  return canonicalJson({
    sessionId: event.sessionId,
    authorId: event.authorId,
    kind: event.kind,
    body: event.body,
    deviceTime: new Date(toMs(event.deviceTime)).toISOString(),
    clockOffsetMs: event.clockOffsetMs,
  });
}

export function compareEvents(a: SessionEvent, b: SessionEvent): number {
  if (a.serverTime !== null && b.serverTime !== null) {
    const d = toMs(a.serverTime) - toMs(b.serverTime);
    if (d !== 0) return d;
  } else if (a.serverTime !== b.serverTime) {
    return a.serverTime === null ? 1 : -1;
  } else {
    const d = toMs(a.deviceTime) - toMs(b.deviceTime);
    if (d !== 0) return d;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function withEvent(state: TimelineState, accepted: AcceptedEvent): TimelineState {
  const events = [...state.events];
  let i = events.length;
  while (i > 0 && compareEvents(events[i - 1]!.event, accepted.event) > 0) i--;
  events.splice(i, 0, accepted);
  const byId = new Map(state.byId);
  byId.set(accepted.event.id, accepted);
  return { ...state, events, byId };
}
