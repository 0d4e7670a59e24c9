import { describe, expect, it } from 'vitest';
import type { EntryPayload, SessionEvent } from './entries.js';
import { sessionView } from './session-view.js';
import { at, context, doseEntry, event, PRESCRIBER, reading, vitals } from './test-fixtures.js';
import { foldTimeline } from './timeline.js';

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
