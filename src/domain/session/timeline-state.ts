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

/**
 * Which events array a newer one extends by one event at its end (the usual case: an entry arriving live),
 * so what is derived from a timeline (session-view.ts) can be derived from the previous one and that
 * event instead of from every entry again. The older array is held weakly: nothing is kept alive by it.
 */
const extensions = new WeakMap<readonly AcceptedEvent[], { base: WeakRef<readonly AcceptedEvent[]>; added: AcceptedEvent }>();

export function extensionOf(events: readonly AcceptedEvent[]): { base: readonly AcceptedEvent[]; added: AcceptedEvent } | null {
  const link = extensions.get(events);
  const base = link?.base.deref();
  return link && base ? { base, added: link.added } : null;
}

const discharges = new WeakMap<readonly AcceptedEvent[], AcceptedEvent | null>();

/**
 * The session's discharge entry, if any: asked of every entry that arrives, so it is carried over from the
 * timeline this one extends rather than searched for again among hundreds of entries.
 */
export function dischargeOf(events: readonly AcceptedEvent[]): AcceptedEvent | null {
  const known = discharges.get(events);
  if (known !== undefined) return known;
  const extension = extensionOf(events);
  const before = extension ? discharges.get(extension.base) : undefined;
  const found =
    extension && before !== undefined
      ? (before ?? (extension.added.event.kind === 'discharged' ? extension.added : null))
      : (events.find((a) => a.event.kind === 'discharged') ?? null);
  discharges.set(events, found);
  return found;
}

export function withEvent(state: TimelineState, accepted: AcceptedEvent): TimelineState {
  const events = [...state.events];
  let i = events.length;
  while (i > 0 && compareEvents(events[i - 1]!.event, accepted.event) > 0) i--;
  events.splice(i, 0, accepted);
  if (i === state.events.length) extensions.set(events, { base: new WeakRef(state.events), added: accepted });
  return { ...state, events, byId: IdIndex.with(state.byId, accepted.event.id, accepted) };
}

/**
 * The id index of a timeline, shared with the version it came from: the newest few ids sit in a small map
 * over a flat one, which is copied only every `LAYER` entries. Copying the whole map per entry was most of
 * the cost of applying one entry to a long session (0037). Immutable like the rest of the state.
 */
const LAYER = 32;

class IdIndex implements ReadonlyMap<string, AcceptedEvent> {
  private constructor(
    private readonly base: ReadonlyMap<string, AcceptedEvent>,
    private readonly top: ReadonlyMap<string, AcceptedEvent>,
    readonly size: number,
  ) {}

  static with(index: ReadonlyMap<string, AcceptedEvent>, id: string, accepted: AcceptedEvent): IdIndex {
    const size = index.size + (index.has(id) ? 0 : 1);
    if (index instanceof IdIndex && index.top.size < LAYER) return new IdIndex(index.base, new Map(index.top).set(id, accepted), size);
    return new IdIndex(new Map(index).set(id, accepted), new Map(), size);
  }

  get(id: string): AcceptedEvent | undefined {
    return this.top.get(id) ?? this.base.get(id);
  }

  has(id: string): boolean {
    return this.top.has(id) || this.base.has(id);
  }

  *entries(): MapIterator<[string, AcceptedEvent]> {
    for (const entry of this.base) if (!this.top.has(entry[0])) yield entry;
    yield* this.top;
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<AcceptedEvent> {
    for (const [, accepted] of this.entries()) yield accepted;
  }

  forEach(fn: (value: AcceptedEvent, key: string, map: ReadonlyMap<string, AcceptedEvent>) => void): void {
    for (const [id, accepted] of this.entries()) fn(accepted, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, AcceptedEvent]> {
    return this.entries();
  }
}
