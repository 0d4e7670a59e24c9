import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING, type MonitoringSettings } from '../medical/monitoring-settings.js';
import { type BaselineDecision, checkBaselineBp, dosingGate } from './baseline-check.js';

const bp = (systolic: number, diastolic: number) => ({ systolic, diastolic });

describe('checkBaselineBp (defaults: warning above 140/90, contraindicated above 180/100)', () => {
  it('is within at 140/90 exactly: "above" is strict', () => {
    expect(checkBaselineBp(bp(140, 90), DEFAULT_MONITORING)).toMatchObject({ level: 'within', needs: 'nothing' });
  });

  it('warns above 140 systolic or above 90 diastolic, either alone', () => {
    for (const b of [bp(141, 80), bp(130, 91), bp(180, 100)])
      expect(checkBaselineBp(b, DEFAULT_MONITORING)).toMatchObject({
        level: 'warning',
        needs: 'prescriber_decision',
        code: 'baseline_bp_warning',
      });
  });

  it('is contraindicated above 180 systolic or above 100 diastolic', () => {
    for (const b of [bp(181, 85), bp(150, 101)])
      expect(checkBaselineBp(b, DEFAULT_MONITORING)).toMatchObject({
        level: 'contraindicated',
        needs: 'prescriber_override',
        code: 'baseline_bp_contraindicated',
      });
  });

  it('says what the reading was and what happens next, in plain words', () => {
    expect(checkBaselineBp(bp(150, 95), DEFAULT_MONITORING).message).toBe(
      'Baseline blood pressure 150/95 is above 140/90. The prescriber needs to record whether dosing goes ahead.',
    );
    expect(checkBaselineBp(bp(185, 95), DEFAULT_MONITORING).message).toContain('unless the prescriber overrides with a reason');
  });

  it('uses the client’s own levels', () => {
    const own: MonitoringSettings = { ...DEFAULT_MONITORING, baselineBpWarning: bp(150, 95), baselineBpContraindicated: bp(170, 105) };
    expect(checkBaselineBp(bp(145, 92), own).level).toBe('within');
    expect(checkBaselineBp(bp(171, 80), own).level).toBe('contraindicated');
  });
});

describe('dosingGate', () => {
  const rx = ['rx-1'];
  const decision = (over: Partial<BaselineDecision> = {}): BaselineDecision => ({
    prescriberId: 'rx-1',
    decision: 'proceed',
    reason: '',
    baselineEntryId: 'b1',
    ...over,
  });

  it('needs a baseline first', () => {
    expect(dosingGate(null, [], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: false, code: 'no_baseline' });
  });

  it('opens at once for a baseline within the levels', () => {
    expect(dosingGate({ entryId: 'b1', bp: bp(120, 80) }, [], DEFAULT_MONITORING, rx)).toEqual({ allowed: true, via: 'within' });
  });

  it('opens a warning baseline only on a prescriber’s recorded decision for that baseline', () => {
    const b = { entryId: 'b1', bp: bp(150, 92) };
    expect(dosingGate(b, [], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: false, code: 'needs_prescriber_decision' });
    expect(dosingGate(b, [decision({ baselineEntryId: 'older' })], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: false });
    expect(dosingGate(b, [decision({ prescriberId: 'therapist-1' })], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: false });
    expect(dosingGate(b, [decision()], DEFAULT_MONITORING, rx)).toEqual({ allowed: true, via: 'prescriber_decision' });
  });

  it('opens a contraindicated baseline only on an override with a reason', () => {
    const b = { entryId: 'b1', bp: bp(190, 95) };
    expect(dosingGate(b, [decision()], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: false, code: 'needs_prescriber_override' });
    expect(dosingGate(b, [decision({ reason: '  ' })], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: false });
    expect(dosingGate(b, [decision({ reason: 'White-coat pattern; home readings 130s' })], DEFAULT_MONITORING, rx)).toEqual({
      allowed: true,
      via: 'prescriber_override',
    });
  });

  it('stays shut when the prescriber decided not to dose, and the latest decision counts', () => {
    const b = { entryId: 'b1', bp: bp(150, 92) };
    expect(dosingGate(b, [decision({ decision: 'do_not_dose' })], DEFAULT_MONITORING, rx)).toMatchObject({
      allowed: false,
      code: 'prescriber_declined',
    });
    expect(dosingGate(b, [decision({ decision: 'do_not_dose' }), decision()], DEFAULT_MONITORING, rx)).toMatchObject({ allowed: true });
  });
});
