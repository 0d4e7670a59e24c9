import { describe, expect, it } from 'vitest';
import type { EntryPayload, SessionEvent } from './entries.js';
import { sessionView } from './session-view.js';
import {
  at,
  COFACILITATOR,
  context,
  DOSE_AT,
  doseEntry,
  event,
  nextId,
  PRESCRIBER,
  reading,
  SESSION_ID,
  THERAPIST,
  vitals,
} from './test-fixtures.js';
import { applyEvent, foldTimeline } from './timeline.js';
import { emptyTimeline, fingerprint, occurredAt, type TimelineState } from './timeline-state.js';

const note = (text: string): EntryPayload => ({ kind: 'note', body: { text } });
const baselineEntry = (s = 122, d = 78) => event({ kind: 'vitals', body: vitals(reading(s, d), 'baseline') }, -8);

/** Applies events in the order given, failing loudly on anything but applied. */
function run(...events: SessionEvent[]): TimelineState {
  let state = emptyTimeline(context());
  for (const e of events) {
    const r = applyEvent(state, e);
    if (r.outcome !== 'applied') throw new Error(`${e.kind} was ${r.outcome}: ${JSON.stringify(r)}`);
    state = r.state;
  }
  return state;
}

/** A baseline and a first dose: a session under way. */
function dosed(): { state: TimelineState; events: SessionEvent[] } {
  const events = [baselineEntry(), event(doseEntry(0), 0, { authorId: PRESCRIBER })];
  return { state: run(...events), events };
}

describe('applyEvent: idempotent', () => {
  it('applies the same id twice once', () => {
    const e = event(note('Client asked for the blanket'), 5);
    const first = applyEvent(emptyTimeline(context()), e);
    const again = applyEvent(first.state, structuredClone(e));
    expect(first.outcome).toBe('applied');
    expect(again.outcome).toBe('duplicate');
    expect(again.state.events).toHaveLength(1);
  });

  it('does not care about key order or the server time of a retry', () => {
    const e = event(note('x'), 5);
    const state = run(e);
    const retry = { ...e, serverTime: at(9), body: { text: 'x' } } as SessionEvent;
    expect(applyEvent(state, retry).outcome).toBe('duplicate');
  });

  it('refuses the same id with a different body, or from someone else, as a conflict and keeps the first', () => {
    const e = event(note('first'), 5);
    const state = run(e);
    const changed = applyEvent(state, { ...e, body: { text: 'second' } } as SessionEvent);
    expect(changed.outcome).toBe('conflict');
    expect(applyEvent(state, { ...e, authorId: COFACILITATOR }).outcome).toBe('conflict');
    expect(sessionView(changed.state, at(6)).entries[0]?.current).toEqual({ kind: 'note', body: { text: 'first' } });
  });

  it('learns the server time for an entry first shown from the device, without doubling it', () => {
    const pending = event(note('offline'), 5, { serverTime: null });
    const state = run(pending);
    const synced = applyEvent(state, { ...pending, serverTime: at(5.01) });
    expect(synced.outcome).toBe('synced');
    expect(synced.state.events).toHaveLength(1);
    expect(synced.state.events[0]?.event.serverTime).toBe(at(5.01));
  });
});

describe('foldTimeline: order-tolerant', () => {
  it('sorts by server time, then id, and gives the same timeline in any arrival order', () => {
    const a = event(note('a'), 1);
    const b = event(note('b'), 2);
    const c = { ...event(note('c'), 2), id: '0190a000-0000-7000-8000-000000000000' };
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
    ];
    const ids = orders.map((o) => foldTimeline(context(), o).state.events.map((x) => x.event.id));
    expect(ids[0]).toEqual([a.id, c.id, b.id]);
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
  });

  it('puts entries not yet on the server last, by device time', () => {
    const synced = event(note('synced'), 10);
    const pending = event(note('pending'), 1, { serverTime: null });
    expect(foldTimeline(context(), [pending, synced]).state.events.map((x) => x.event.id)).toEqual([synced.id, pending.id]);
  });

  it('reports repeats and conflicts, keeping one of each id whatever the order', () => {
    const e = event(note('one'), 1);
    const other = { ...e, body: { text: 'two' } } as SessionEvent;
    const forward = foldTimeline(context(), [e, e, other]);
    const backward = foldTimeline(context(), [other, e, e]);
    expect(forward.state.events).toHaveLength(1);
    expect(forward.duplicates).toEqual([e.id]);
    expect(forward.conflicts).toEqual([e.id]);
    expect(backward.state.events[0]?.fingerprint).toBe(forward.state.events[0]?.fingerprint);
  });

  it('keeps 20 entries logged offline exactly once however often and in whatever order they are synced', () => {
    const { events } = dosed();
    const offline = Array.from({ length: 20 }, (_, i) => event(note(`entry ${i}`), 10 + i, { serverTime: at(45), clockOffsetMs: 0 }));
    const retried = [...offline.slice(5), ...offline, ...offline.slice(0, 10)].reverse();
    const fold = foldTimeline(context(), [...events, ...retried]);
    expect(fold.rejected).toEqual([]);
    const notes = sessionView(fold.state, at(46)).entries.filter((x) => x.original.kind === 'note');
    expect(notes).toHaveLength(20);
    expect(notes.map((n) => n.occurredAt)).toEqual(offline.map((o) => o.deviceTime));
  });
});

describe('occurredAt: the server clock when live, the device clock when logged offline', () => {
  const base = { ...event(note('x'), 0), deviceTime: at(10) };
  it('takes the server time for an entry that arrived at once', () => {
    expect(occurredAt({ ...base, serverTime: at(10.5) })).toEqual({ at: at(10.5), source: 'server' });
  });
  it('takes the device time, corrected by its known offset, for one that arrived late', () => {
    expect(occurredAt({ ...base, serverTime: at(40), clockOffsetMs: 30_000 })).toEqual({ at: at(10.5), source: 'device' });
  });
  it('never places an entry after it reached the server, even from a clock running fast', () => {
    expect(occurredAt({ ...base, deviceTime: at(20), serverTime: at(12) })).toEqual({ at: at(12), source: 'server' });
  });
  it('ignores the server time in the fingerprint, so a retry matches', () => {
    expect(fingerprint({ ...base, serverTime: at(11) })).toBe(fingerprint({ ...base, serverTime: null }));
  });
});

describe('edits and amendments', () => {
  const original = () => event({ kind: 'fragment', body: { fragmentKind: 'image', words: 'a blue door' } }, 20);
  const replacement = { kind: 'fragment', body: { fragmentKind: 'image', words: 'a blue door, half open' } } as const;

  it('lets the author edit for 5 minutes, keeping the original', () => {
    const o = original();
    const state = run(o, event({ kind: 'edit', body: { targetId: o.id, replacement } }, 24));
    const entry = sessionView(state, at(25)).entries[0]!;
    expect(entry.current).toEqual(replacement);
    expect(entry.original.body).toEqual({ fragmentKind: 'image', words: 'a blue door' });
    expect(entry.changes.map((c) => c.kind)).toEqual(['edit']);
  });

  it('refuses an edit after the window, or by someone else', () => {
    const o = original();
    const state = run(o);
    const late = applyEvent(state, event({ kind: 'edit', body: { targetId: o.id, replacement } }, 25.1));
    expect(late).toMatchObject({ outcome: 'rejected', rejection: { code: 'edit_window_passed' } });
    const other = applyEvent(state, event({ kind: 'edit', body: { targetId: o.id, replacement } }, 21, { authorId: COFACILITATOR }));
    expect(other).toMatchObject({ outcome: 'rejected', rejection: { code: 'not_the_author' } });
  });

  it('takes an amendment with a reason at any time, from anyone on the session', () => {
    const o = original();
    const state = run(
      o,
      event({ kind: 'amendment', body: { targetId: o.id, replacement, reason: 'Client corrected it' } }, 90, { authorId: COFACILITATOR }),
    );
    const entry = sessionView(state, at(91)).entries[0]!;
    expect(entry.current).toEqual(replacement);
    expect(entry.changes[0]).toMatchObject({ kind: 'amendment', authorId: COFACILITATOR, reason: 'Client corrected it' });
    const noReason = applyEvent(run(o), event({ kind: 'amendment', body: { targetId: o.id, replacement, reason: ' ' } }, 90));
    expect(noReason).toMatchObject({ outcome: 'rejected', rejection: { code: 'invalid_entry', issues: [{ path: 'reason' }] } });
  });

  it('keeps the kind of the entry and refuses a change to an unknown entry', () => {
    const o = original();
    const wrongKind = applyEvent(
      run(o),
      event({ kind: 'edit', body: { targetId: o.id, replacement: { kind: 'note', body: { text: 'x' } } } }, 21),
    );
    expect(wrongKind).toMatchObject({ outcome: 'rejected', rejection: { code: 'invalid_entry', issues: [{ path: 'replacement.kind' }] } });
    const unknown = applyEvent(run(o), event({ kind: 'edit', body: { targetId: nextId(), replacement } }, 21));
    expect(unknown).toMatchObject({ outcome: 'rejected', rejection: { code: 'unknown_target' } });
  });

  it('strikes out an entry amended as entered in error, so no rule reads it', () => {
    const { state } = dosed();
    const high = event({ kind: 'vitals', body: vitals(reading(190, 95)) }, 40);
    const s1 = applyEvent(state, high).state;
    expect(sessionView(s1, at(41)).alerts.length).toBeGreaterThan(0);
    const s2 = applyEvent(
      s1,
      event({ kind: 'amendment', body: { targetId: high.id, replacement: null, reason: 'Cuff slipped' } }, 41),
    ).state;
    const view = sessionView(s2, at(42));
    expect(view.alerts).toEqual([]);
    expect(view.entries.find((e) => e.id === high.id)?.current).toBeNull();
  });

  it('checks an edited body by the same rules, with the path inside the replacement', () => {
    const touch = event({ kind: 'intervention', body: { type: 'supportive_touch', touchKind: 'hand_on_shoulder', note: '' } }, 30);
    const r = applyEvent(
      run(touch),
      event(
        {
          kind: 'edit',
          body: {
            targetId: touch.id,
            replacement: { kind: 'intervention', body: { type: 'supportive_touch', touchKind: 'hand_on_back', note: '' } },
          },
        },
        31,
      ),
    );
    expect(r).toMatchObject({
      outcome: 'rejected',
      rejection: { code: 'touch_not_consented', issues: [{ path: 'replacement.body.touchKind' }] },
    });
  });
});

describe('the rules an entry must meet', () => {
  it('refuses an entry for another session', () => {
    const r = applyEvent(emptyTimeline(context()), { ...event(note('x'), 1), sessionId: 'other' });
    expect(r).toMatchObject({ outcome: 'rejected', rejection: { code: 'wrong_session' } });
  });

  it('refuses touch of a kind the client did not consent to, and accepts a consented one', () => {
    const touch = (touchKind: string) => event({ kind: 'intervention', body: { type: 'supportive_touch', touchKind, note: '' } }, 30);
    expect(applyEvent(emptyTimeline(context()), touch('hand_on_back'))).toMatchObject({
      outcome: 'rejected',
      rejection: { code: 'touch_not_consented' },
    });
    expect(applyEvent(emptyTimeline(context()), touch('holding_hand')).outcome).toBe('applied');
    expect(applyEvent(emptyTimeline(context({ consentedTouchKinds: [] })), touch('holding_hand')).outcome).toBe('rejected');
  });

  it('accepts observations from the practice vocabulary only', () => {
    const obs = (term: string) => event({ kind: 'observation', body: { category: 'breath', term, note: '' } }, 12);
    expect(applyEvent(emptyTimeline(context()), obs('sighing')).outcome).toBe('applied');
    expect(applyEvent(emptyTimeline(context()), obs('panting'))).toMatchObject({ rejection: { issues: [{ path: 'term' }] } });
  });

  it('refuses the first dose before a baseline, or on a raised baseline without the prescriber’s decision', () => {
    const dose = () => event(doseEntry(0), 0, { authorId: PRESCRIBER });
    expect(applyEvent(emptyTimeline(context()), dose())).toMatchObject({ rejection: { code: 'dosing_not_allowed' } });
    const raised = baselineEntry(150, 92);
    expect(applyEvent(run(raised), dose())).toMatchObject({ rejection: { code: 'dosing_not_allowed' } });
    const decision = event(
      { kind: 'baseline_decision', body: { baselineEntryId: raised.id, prescriberId: PRESCRIBER, decision: 'proceed', reason: '' } },
      -5,
    );
    expect(applyEvent(run(raised, decision), dose()).outcome).toBe('applied');
  });

  it('needs a reason to dose on a contraindicated baseline', () => {
    const raised = baselineEntry(185, 95);
    const decide = (reason: string) =>
      event({ kind: 'baseline_decision', body: { baselineEntryId: raised.id, prescriberId: PRESCRIBER, decision: 'proceed', reason } }, -5);
    expect(applyEvent(run(raised), decide(''))).toMatchObject({ rejection: { code: 'invalid_entry', issues: [{ path: 'reason' }] } });
    const state = run(raised, decide('Rechecked seated after 10 min: 176/94; benefits discussed'));
    expect(sessionView(state, at(-1)).dosingGate).toEqual({ allowed: true, via: 'prescriber_override' });
  });

  it('accepts a booster after the first dose, and a dose ordered by the prescriber but given by staff', () => {
    const { state } = dosed();
    const booster = doseEntry(30);
    if (booster.kind !== 'dose') throw new Error();
    booster.body.administeredBy = THERAPIST;
    const s = applyEvent(state, event(booster, 30)).state;
    const view = sessionView(s, at(31));
    expect(view.doses).toHaveLength(2);
    expect(view.firstDoseAt).toBe(DOSE_AT);
  });

  it('refuses a dose whose order is not from a prescriber', () => {
    const { state } = dosed();
    const d = doseEntry(30);
    if (d.kind !== 'dose') throw new Error();
    d.body.orderedBy = THERAPIST;
    expect(applyEvent(state, event(d, 30))).toMatchObject({ rejection: { code: 'invalid_entry', issues: [{ path: 'orderedBy' }] } });
  });

  it('acknowledges only an alert that exists', () => {
    const { state } = dosed();
    const high = event({ kind: 'vitals', body: vitals(reading(150, 80, { spo2: 90 })) }, 15);
    const s = applyEvent(state, high).state;
    expect(applyEvent(s, event({ kind: 'alert_acknowledged', body: { alertId: 'nope', note: '' } }, 16))).toMatchObject({
      rejection: { code: 'unknown_target' },
    });
    const acked = applyEvent(
      s,
      event({ kind: 'alert_acknowledged', body: { alertId: `${high.id}:spo2_low`, note: 'Repositioned; 96%' } }, 16),
    );
    expect(acked.outcome).toBe('applied');
    expect(
      sessionView(acked.state, at(17))
        .alerts.filter((a) => !a.acknowledged)
        .map((a) => a.code),
    ).toEqual([]);
  });

  it('needs a recheck to point at a reading of this session', () => {
    const { state } = dosed();
    const r = applyEvent(state, event({ kind: 'vitals', body: vitals(reading(150, 80), 'recheck', nextId()) }, 20));
    expect(r).toMatchObject({ rejection: { issues: [{ path: 'recheckOf' }] } });
  });
});

describe('discharge closes the session', () => {
  function readyToLeave(m = 120): TimelineState {
    const { state } = dosed();
    const assessment = event(
      {
        kind: 'discharge_assessment',
        body: {
          alertAndOriented: true,
          steadyOnFeet: true,
          nauseaSettled: true,
          escortPresent: true,
          noDrivingAcknowledged: true,
          clinicallyReadyAt: at(90),
          dissociationObserved: false,
        },
      },
      m - 2,
    );
    return [event({ kind: 'vitals', body: vitals(reading(128, 80), 'discharge') }, m - 1), assessment].reduce(
      (s, e) => applyEvent(s, e).state,
      state,
    );
  }
  const discharge = (m: number, override: { prescriberId: string; reason: string } | null = null) =>
    event({ kind: 'discharged', body: { override } }, m, { authorId: PRESCRIBER });

  it('refuses discharge before every item holds unless a prescriber gives a reason', () => {
    const early = applyEvent(readyToLeave(100), discharge(100));
    expect(early).toMatchObject({
      outcome: 'rejected',
      rejection: { code: 'discharge_needs_prescriber_reason', issues: [{ path: 'unmet.minimum_observation' }] },
    });
    expect(applyEvent(readyToLeave(100), discharge(100, { prescriberId: PRESCRIBER, reason: 'Stable since 60 minutes' })).outcome).toBe(
      'applied',
    );
  });

  it('then takes only amendments — but keeps an entry logged offline before discharge that synced after', () => {
    const closed = applyEvent(readyToLeave(), discharge(121)).state;
    expect(sessionView(closed, at(122)).status).toBe('discharged');
    expect(applyEvent(closed, event(note('after'), 125))).toMatchObject({ rejection: { code: 'session_closed' } });
    expect(applyEvent(closed, discharge(126))).toMatchObject({ rejection: { code: 'already_discharged' } });
    const offline = event(note('logged at 100, synced at 130'), 100, { serverTime: at(130) });
    expect(applyEvent(closed, offline).outcome).toBe('applied');
    const target = closed.events.find((e) => e.event.kind === 'discharge_assessment')!.event.id;
    const body = { targetId: target, replacement: null, reason: 'Logged on the wrong client' };
    const original = closed.byId.get(target)!.event;
    if (original.kind !== 'discharge_assessment') throw new Error('expected the assessment');
    const edit = event({ kind: 'edit', body: { targetId: target, replacement: { kind: original.kind, body: original.body } } }, 121.5);
    expect(applyEvent(closed, edit)).toMatchObject({ outcome: 'rejected', rejection: { code: 'session_closed' } });
    expect(applyEvent(closed, event({ kind: 'amendment', body }, 200)).outcome).toBe('applied');
  });
});

describe('session ids and authors', () => {
  it('keeps the session and author the fixtures use', () => {
    expect(event(note('x'), 0)).toMatchObject({ sessionId: SESSION_ID, authorId: THERAPIST });
  });
});
