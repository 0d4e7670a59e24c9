import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING } from '../medical/monitoring-settings.js';
import { DEFAULT_CONSOLE_SETTINGS as CONSOLE } from './console-settings.js';
import { DISCHARGE_ITEMS, type DischargeAssessment, type DischargeInputs, decideDischarge, evaluateDischarge } from './discharge.js';
import { at, DOSE_AT, reading, timed, vitals } from './test-fixtures.js';

const allChecked: DischargeAssessment = {
  alertAndOriented: true,
  steadyOnFeet: true,
  nauseaSettled: true,
  escortPresent: true,
  noDrivingAcknowledged: true,
  clinicallyReadyAt: at(95),
  dissociationObserved: false,
};

const inputs = (over: Partial<DischargeInputs> = {}): DischargeInputs => ({
  firstDoseAt: DOSE_AT,
  readings: [timed('r120', 120, vitals(reading(128, 80)))],
  baseline: { systolic: 120, diastolic: 78 },
  nauseaEvents: [],
  assessment: allChecked,
  at: at(125),
  ...over,
});
const evaluate = (over: Partial<DischargeInputs> = {}) => evaluateDischarge(inputs(over), DEFAULT_MONITORING, CONSOLE);
const unmet = (over: Partial<DischargeInputs> = {}) =>
  evaluate(over)
    .items.filter((i) => !i.holds)
    .map((i) => i.code);

describe('evaluateDischarge', () => {
  it('lists the seven items of clinical.md in order', () => {
    expect(DISCHARGE_ITEMS.map((i) => i.code)).toEqual([
      'minimum_observation',
      'bp_within_thresholds',
      'alert_and_oriented',
      'steady_on_feet',
      'nausea_settled',
      'escort_present',
      'no_driving_acknowledged',
    ]);
    expect(evaluate().items.map((i) => i.code)).toEqual(DISCHARGE_ITEMS.map((i) => i.code));
  });

  it('holds when everything was logged and 120 minutes have passed', () => {
    const e = evaluate();
    expect(e.allHold).toBe(true);
    expect(e.minutesSinceFirstDose).toBe(125);
  });

  it('needs the minimum observation time from the first dose (120 min default)', () => {
    const e = evaluate({ at: at(119), readings: [timed('r', 115, vitals(reading(128, 80)))] });
    expect(e.items[0]).toMatchObject({ holds: false, detail: '119 of 120 minutes since the first dose; 1 to go.' });
    expect(evaluate({ at: at(120), readings: [timed('r', 118, vitals(reading(128, 80)))] }).items[0]?.holds).toBe(true);
  });

  it('records "clinically ready" minutes even before the minimum ended (REMS)', () => {
    expect(evaluate({ at: at(100) }).minutesUntilClinicallyReady).toBe(95);
    expect(evaluate({ assessment: { ...allChecked, clinicallyReadyAt: null } }).minutesUntilClinicallyReady).toBeNull();
  });

  it('needs a blood pressure within the alert thresholds taken in the last 15 minutes', () => {
    expect(unmet({ at: at(140) })).toEqual(['bp_within_thresholds']);
    expect(evaluate({ at: at(140) }).items[1]?.detail).toBe('Take blood pressure again: none in the last 15 minutes.');
    expect(unmet({ readings: [timed('r', 122, vitals(reading(165, 80)))] })).toEqual(['bp_within_thresholds']);
    // back within: the latest reading counts, not an earlier high one
    const rs = [timed('hi', 112, vitals(reading(182, 100))), timed('ok', 124, vitals(reading(140, 88)))];
    expect(unmet({ readings: rs })).toEqual([]);
  });

  it('needs each room check the clinician records', () => {
    expect(unmet({ assessment: null })).toEqual([
      'alert_and_oriented',
      'steady_on_feet',
      'nausea_settled',
      'escort_present',
      'no_driving_acknowledged',
    ]);
    expect(unmet({ assessment: { ...allChecked, escortPresent: false } })).toEqual(['escort_present']);
  });

  it('does not take nausea as settled while a nausea event is still ongoing or improving', () => {
    expect(unmet({ nauseaEvents: [{ id: 'n', outcome: 'improving' }] })).toEqual(['nausea_settled']);
    expect(unmet({ nauseaEvents: [{ id: 'n', outcome: 'resolved' }] })).toEqual([]);
  });

  it('takes the observation as done when no dose was given', () => {
    const e = evaluate({ firstDoseAt: null, readings: [timed('r', 0, vitals(reading(120, 80)))] });
    expect(e.items[0]).toMatchObject({ holds: true, detail: 'No dose was given in this session.' });
    expect(e.minutesSinceFirstDose).toBeNull();
  });
});

describe('decideDischarge', () => {
  const rx = ['rx-1'];
  it('allows discharge when every item holds', () => {
    const e = evaluate();
    expect(decideDischarge(e, null, rx, inputs())).toEqual({ allowed: true, overridden: false });
  });

  it('needs a prescriber’s recorded reason before every item holds, naming what is unmet', () => {
    const early = inputs({ at: at(100), readings: [timed('r', 95, vitals(reading(130, 80)))] });
    const e = evaluateDischarge(early, DEFAULT_MONITORING, CONSOLE);
    expect(decideDischarge(e, null, rx, early)).toMatchObject({
      allowed: false,
      code: 'needs_prescriber_reason',
      unmet: ['minimum_observation'],
    });
    expect(decideDischarge(e, { prescriberId: 'therapist-1', reason: 'Ready' }, rx, early)).toMatchObject({ allowed: false });
    expect(decideDischarge(e, { prescriberId: 'rx-1', reason: ' ' }, rx, early)).toMatchObject({ allowed: false });
    expect(decideDischarge(e, { prescriberId: 'rx-1', reason: 'Stable since 60 min; escort must leave' }, rx, early)).toEqual({
      allowed: true,
      overridden: true,
    });
  });

  it('refuses a "ready" time before the first dose or after discharge', () => {
    const before = inputs({ assessment: { ...allChecked, clinicallyReadyAt: at(-1) } });
    expect(decideDischarge(evaluateDischarge(before, DEFAULT_MONITORING, CONSOLE), null, rx, before)).toMatchObject({
      code: 'ready_time_invalid',
    });
    const after = inputs({ assessment: { ...allChecked, clinicallyReadyAt: at(130) } });
    expect(decideDischarge(evaluateDischarge(after, DEFAULT_MONITORING, CONSOLE), null, rx, after)).toMatchObject({
      code: 'ready_time_invalid',
    });
  });
});
