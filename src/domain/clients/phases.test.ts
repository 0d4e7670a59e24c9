import { describe, expect, it } from 'vitest';
import { checkTransition, type TransitionFacts } from './phases.js';

const byHand = (reason: string | null = null): TransitionFacts => ({ reason, cause: 'manual' });

describe('checkTransition', () => {
  it('moves a client on by hand', () => {
    expect(checkTransition('consultation', 'preparation', byHand())).toEqual([]);
    expect(checkTransition('paused', 'preparation', byHand())).toEqual([]);
  });

  it('opens every chart at consultation & assessment', () => {
    expect(checkTransition(null, 'consultation', { reason: null, cause: 'chart_opened' })).toEqual([]);
    expect(checkTransition(null, 'sessions', { reason: null, cause: 'chart_opened' })).toEqual([{ code: 'not_first_phase' }]);
  });

  it('refuses a move to the same phase', () => {
    expect(checkTransition('preparation', 'preparation', byHand('x'))).toEqual([{ code: 'same_phase' }]);
  });

  it('needs a reason to pause or complete someone’s care', () => {
    expect(checkTransition('preparation', 'paused', byHand(' '))).toEqual([{ code: 'reason_required' }]);
    expect(checkTransition('integration', 'completed', byHand())).toEqual([{ code: 'reason_required' }]);
    expect(checkTransition('integration', 'completed', byHand('Course finished; goals met'))).toEqual([]);
  });

  it('holds the move into sessions to the readiness gate, unless a prescriber overrode it', () => {
    const unmetGate = { holds: false, unmet: ['medical_clearance'] };
    expect(checkTransition('preparation', 'sessions', { ...byHand(), gate: unmetGate })).toEqual([
      { code: 'readiness_gate', unmet: ['medical_clearance'] },
    ]);
    expect(checkTransition('preparation', 'sessions', { ...byHand(), gate: { holds: true, unmet: [] } })).toEqual([]);
    const overridden = { ...unmetGate, override: { prescriberId: 'p1', reason: 'Cleared by phone; letter follows' } };
    expect(checkTransition('preparation', 'sessions', { ...byHand(), gate: overridden })).toEqual([]);
  });

  it('asks the gate only about gated phases', () => {
    expect(checkTransition('sessions', 'integration', { ...byHand(), gate: { holds: false, unmet: ['x'] } })).toEqual([]);
  });

  it('lets a signed consultation move the client without a reason when it does not close their care', () => {
    expect(
      checkTransition('consultation', 'preparation', { reason: 'Consultation decision: Proceed', cause: 'consultation_signed' }),
    ).toEqual([]);
  });
});
