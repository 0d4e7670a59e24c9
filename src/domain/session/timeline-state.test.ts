import { describe, expect, it } from 'vitest';
import type { SessionEvent } from './entries.js';
import { context, event } from './test-fixtures.js';
import {
  type AcceptedEvent,
  dischargeOf,
  emptyTimeline,
  fingerprint,
  occurredAt,
  type TimelineState,
  withEvent,
} from './timeline-state.js';

function accepted(e: SessionEvent): AcceptedEvent {
  const when = occurredAt(e);
  return { event: e, occurredAt: when.at, timeSource: when.source, fingerprint: fingerprint(e) };
}

const note = (m: number) => accepted(event({ kind: 'note', body: { text: `at ${m}` } }, m));
const discharged = (m: number) => accepted(event({ kind: 'discharged', body: { override: null } }, m));
const grow = (state: TimelineState, ...events: AcceptedEvent[]) => events.reduce(withEvent, state);
const byScanning = (state: TimelineState) => state.events.find((a) => a.event.kind === 'discharged') ?? null;

describe('the discharge of a timeline', () => {
  it('is carried along as entries are appended, and found again when one lands in the middle', () => {
    let state = emptyTimeline(context());
    for (let m = 0; m < 40; m++) {
      state = grow(state, note(m));
      expect(dischargeOf(state.events)).toBeNull();
    }
    const discharge = discharged(121);
    state = grow(state, discharge);
    expect(dischargeOf(state.events)).toBe(discharge);
    for (let m = 122; m < 140; m++) {
      state = grow(state, note(m));
      expect(dischargeOf(state.events)).toBe(discharge);
    }
    // Logged offline before discharge, synced after: it lands before the discharge, not at the end.
    state = grow(state, note(60.5));
    expect(dischargeOf(state.events)).toBe(byScanning(state));
    expect(dischargeOf(state.events)).toBe(discharge);
  });

  it('is found in a timeline read back whole, with no history of how it grew', () => {
    const events = [note(1), discharged(2), note(3)];
    const state: TimelineState = { ...emptyTimeline(context()), events };
    expect(dischargeOf(state.events)).toBe(events[1]);
  });
});
