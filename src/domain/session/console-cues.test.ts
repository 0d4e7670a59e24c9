import { describe, expect, it } from 'vitest';
import { cursorOf, editableUntil, isAfterCursor, nextCheck } from './console-cues.js';
import { DEFAULT_CONSOLE_SETTINGS as CONSOLE } from './console-settings.js';
import type { SessionEvent } from './entries.js';
import { sessionView } from './session-view.js';
import { at, COFACILITATOR, context, doseEntry, event, PRESCRIBER, reading, THERAPIST, vitals } from './test-fixtures.js';
import { foldTimeline } from './timeline.js';

const fold = (...events: SessionEvent[]) => foldTimeline(context(), events).state;
const start = () => [
  event({ kind: 'vitals', body: vitals(reading(124, 80), 'baseline') }, -5),
  event(doseEntry(0), 0, { authorId: PRESCRIBER }),
];

describe('nextCheck', () => {
  it('shows the next scheduled check', () => {
    expect(nextCheck(sessionView(fold(...start()), at(3)))).toEqual({ kind: 'scheduled', minutes: 15, dueAt: at(15), status: 'upcoming' });
  });

  it('puts a pending 5-minute recheck first, until it is taken', () => {
    const high = event({ kind: 'vitals', body: vitals(reading(181, 90)) }, 40);
    const waiting = nextCheck(sessionView(fold(...start(), high), at(41)));
    expect(waiting).toMatchObject({ kind: 'recheck', readingId: high.id, dueAt: at(45), status: 'waiting' });
    const recheck = event({ kind: 'vitals', body: vitals(reading(170, 90), 'recheck', high.id) }, 45);
    expect(nextCheck(sessionView(fold(...start(), high, recheck), at(46)))).toMatchObject({ kind: 'scheduled', minutes: 60 });
  });

  it('is nothing before the dose or after discharge', () => {
    expect(nextCheck(sessionView(fold(start()[0]!), at(-4)))).toBeNull();
  });
});

describe('editableUntil', () => {
  it('is five minutes after the entry for its author only', () => {
    const note = event({ kind: 'note', body: { text: 'x' } }, 10);
    const view = sessionView(fold(...start(), note), at(12));
    const entry = view.entries.find((e) => e.id === note.id)!;
    expect(editableUntil(entry, THERAPIST, view, CONSOLE, at(12))).toBe(at(15));
    expect(editableUntil(entry, COFACILITATOR, view, CONSOLE, at(12))).toBeNull();
    expect(editableUntil(entry, THERAPIST, view, CONSOLE, at(15.5))).toBeNull();
  });
});

describe('cursor', () => {
  it('orders by server time then id, the timeline’s order', () => {
    const state = fold(...start());
    const [first, second] = state.events;
    const cursor = cursorOf(first!);
    expect(cursor).toBe(`${first!.event.serverTime}|${first!.event.id}`);
    expect(isAfterCursor(first!, cursor)).toBe(false);
    expect(isAfterCursor(second!, cursor)).toBe(true);
    expect(isAfterCursor(first!, null)).toBe(true);
  });
});
