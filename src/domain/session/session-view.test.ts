import { describe, expect, it } from 'vitest';
import type { EntryPayload, SessionEvent } from './entries.js';
import { sessionView, timelineEntries } from './session-view.js';
import { at, context, doseEntry, event, PRESCRIBER, reading, vitals } from './test-fixtures.js';
import { foldTimeline } from './timeline.js';
import { emptyTimeline, withEvent } from './timeline-state.js';

function fold(...events: SessionEvent[]) {
  const result = foldTimeline(context(), events);
  expect(result.rejected).toEqual([]);
  return result.state;
}

const baseline = () => event({ kind: 'vitals', body: vitals(reading(122, 78), 'baseline') }, -8);
const dose = () => event(doseEntry(0), 0, { authorId: PRESCRIBER });
const nausea: EntryPayload = {
  kind: 'adverse_event',
  body: {
    eventKind: 'nausea_vomiting',
    otherDescription: '',
    severity: 'mild',
    serious: false,
    actionTaken: 'Bowl offered',
    outcome: 'ongoing',
  },
};

describe('sessionView', () => {
  it('is open before the dose, with the baseline and its check, and no schedule yet', () => {
    const view = sessionView(fold(baseline()), at(-5));
    expect(view.status).toBe('open');
    expect(view.baseline?.bp).toEqual({ systolic: 122, diastolic: 78 });
    expect(view.baselineResult?.level).toBe('within');
    expect(view.dosingGate).toEqual({ allowed: true, via: 'within' });
    expect(view.schedule).toBeNull();
  });

  it('runs the vitals schedule from the first dose and shows an overdue check', () => {
    const view = sessionView(
      fold(baseline(), dose(), event({ kind: 'vitals', body: vitals(reading(130, 82, { sedation: 4 })) }, 15)),
      at(36),
    );
    expect(view.status).toBe('dosed');
    expect(view.schedule?.slots.map((s) => s.status)).toEqual(['done', 'overdue', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(view.schedule?.next?.minutes).toBe(30);
  });

  it('raises alerts against the baseline, with the 5-minute recheck shown', () => {
    const high = event({ kind: 'vitals', body: vitals(reading(182, 96)) }, 40);
    const recheck = event({ kind: 'vitals', body: vitals(reading(170, 92), 'recheck', high.id) }, 45);
    const view = sessionView(fold(baseline(), dose(), high, recheck), at(46));
    const codes = view.alerts.map((a) => a.code);
    expect(codes).toEqual(['systolic_rise', 'systolic_high', 'systolic_rise']);
    expect(view.alerts[1]?.recheck).toMatchObject({ status: 'not_confirmed', recheckId: recheck.id });
  });

  it('follows an adverse event to its latest outcome, which the discharge check reads', () => {
    const ae = event(nausea, 35);
    const settled = event(
      { kind: 'adverse_event_outcome', body: { adverseEventId: ae.id, outcome: 'resolved', note: 'Settled after PRN' } },
      70,
    );
    const before = sessionView(fold(baseline(), dose(), ae), at(60));
    expect(before.adverseEvents[0]?.outcome).toBe('ongoing');
    expect(before.discharge.items.find((i) => i.code === 'nausea_settled')?.holds).toBe(false);
    const after = sessionView(fold(baseline(), dose(), ae, settled), at(71));
    expect(after.adverseEvents[0]?.outcome).toBe('resolved');
  });

  it('refuses an outcome for an adverse event that is not in the session', () => {
    const result = foldTimeline(context(), [
      baseline(),
      event({ kind: 'adverse_event_outcome', body: { adverseEventId: 'none', outcome: 'resolved', note: '' } }, 70),
    ]);
    expect(result.rejected[0]?.rejection.issues).toEqual([
      { path: 'adverseEventId', message: 'choose an adverse event logged in this session' },
    ]);
  });

  it('keeps fragments in the client’s own words, in order, for integration', () => {
    const f1 = event({ kind: 'fragment', body: { fragmentKind: 'sensation', words: 'warm hands' } }, 20);
    const f2 = event({ kind: 'fragment', body: { fragmentKind: 'memory', words: 'grandmother’s kitchen' } }, 33);
    const view = sessionView(fold(baseline(), dose(), f2, f1), at(40));
    expect(view.fragments.map((f) => f.fragment.words)).toEqual(['warm hands', 'grandmother’s kitchen']);
  });

  it('uses the latest baseline when it was retaken', () => {
    const first = event({ kind: 'vitals', body: vitals(reading(150, 92), 'baseline') }, -15);
    const second = event({ kind: 'vitals', body: vitals(reading(134, 84), 'baseline') }, -5);
    const view = sessionView(fold(first, second), at(-4));
    expect(view.baseline?.entryId).toBe(second.id);
    expect(view.dosingGate.allowed).toBe(true);
  });
});

describe('timelineEntries, derived entry by entry', () => {
  it('gives the same entries as building from every event, through edits, amendments and an entry out of order', () => {
    const observation = event({ kind: 'observation', body: { category: 'breath', term: 'slow', note: '' } }, 1);
    const late = event({ kind: 'note', body: { text: 'arrived late' } }, 0.5, { serverTime: at(0.5) });
    const steps: SessionEvent[] = [
      baseline(),
      dose(),
      observation,
      event(
        {
          kind: 'edit',
          body: {
            targetId: observation.id,
            replacement: { kind: 'observation', body: { category: 'breath', term: 'deepening', note: '' } },
          },
        },
        2,
      ),
      event({ kind: 'note', body: { text: 'music on' } }, 3),
      event({ kind: 'amendment', body: { targetId: observation.id, reason: 'wrong client', replacement: null } }, 30),
      event({ kind: 'edit', body: { targetId: 'no-such-entry', replacement: { kind: 'note', body: { text: 'x' } } } }, 31),
      late,
      event(nausea, 32),
    ];
    let state = emptyTimeline(context());
    for (const step of steps) {
      const before = timelineEntries(state);
      const snapshot = structuredClone(before);
      state = withEvent(state, { event: step, occurredAt: step.serverTime!, timeSource: 'server', fingerprint: step.id });
      // A fresh events array has no link to the previous timeline: built from every event.
      expect(timelineEntries(state)).toEqual(timelineEntries({ ...state, events: [...state.events] }));
      // The earlier timeline's entries are untouched by the later one's.
      expect(before).toEqual(snapshot);
    }
    expect(
      timelineEntries(state)
        .find((e) => e.id === observation.id)
        ?.changes.map((c) => c.kind),
    ).toEqual(['edit', 'amendment']);
  });
});

describe('the timeline id index', () => {
  it('finds every entry of a long timeline and none of a later one in an earlier version', () => {
    let state = emptyTimeline(context());
    const versions = [];
    for (let i = 0; i < 100; i++) {
      const note = event({ kind: 'note', body: { text: `note ${i}` } }, i);
      state = withEvent(state, { event: note, occurredAt: note.serverTime!, timeSource: 'server', fingerprint: note.id });
      versions.push(state);
    }
    expect(state.byId.size).toBe(100);
    for (const a of state.events) expect(state.byId.get(a.event.id)).toBe(a);
    expect([...state.byId.keys()].sort()).toEqual(state.events.map((a) => a.event.id).sort());
    const early = versions[40]!;
    expect(early.byId.size).toBe(41);
    expect(early.byId.has(state.events[41]!.event.id)).toBe(false);
    expect(early.byId.get(state.events[40]!.event.id)).toBe(state.events[40]);
  });
});
