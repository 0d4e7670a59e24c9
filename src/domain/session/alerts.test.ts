import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING, type MonitoringSettings } from '../medical/monitoring-settings.js';
import {
  ALERT_CODES,
  alertFindings,
  alertId,
  bpWithinAlertThresholds,
  needsRecheck,
  recheckState,
  sessionAlerts,
  unacknowledged,
} from './alerts.js';
import { DEFAULT_CONSOLE_SETTINGS as CONSOLE } from './console-settings.js';
import { at, reading, timed, vitals } from './test-fixtures.js';

const baseline = { systolic: 120, diastolic: 75 };
const codes = (r: ReturnType<typeof reading>, b: typeof baseline | null = baseline, s: MonitoringSettings = DEFAULT_MONITORING) =>
  alertFindings(r, b, s).map((f) => f.code);

describe('alertFindings (clinical.md defaults)', () => {
  it('raises nothing for a calm reading', () => {
    expect(codes(reading(135, 85))).toEqual([]);
  });

  it('raises a systolic rise of 40 or more from baseline, not 39', () => {
    expect(codes(reading(159, 80))).toEqual([]);
    expect(codes(reading(160, 80))).toEqual(['systolic_rise']);
  });

  it('raises a diastolic rise of 25 or more from baseline, not 24', () => {
    expect(codes(reading(130, 99))).toEqual([]);
    expect(codes(reading(130, 100))).toEqual(['diastolic_rise']);
  });

  it('raises systolic at or above 180 and diastolic at or above 110, whatever the baseline', () => {
    const high = { systolic: 170, diastolic: 105 };
    expect(codes(reading(179, 109), high)).toEqual([]);
    expect(codes(reading(180, 100), high)).toEqual(['systolic_high']);
    expect(codes(reading(150, 110), high)).toEqual(['diastolic_high']);
  });

  it('raises heart rate above 120 or below 50, strictly', () => {
    expect(codes(reading(120, 80, { heartRate: 120 }))).toEqual([]);
    expect(codes(reading(120, 80, { heartRate: 121 }))).toEqual(['heart_rate_high']);
    expect(codes(reading(120, 80, { heartRate: 50 }))).toEqual([]);
    expect(codes(reading(120, 80, { heartRate: 49 }))).toEqual(['heart_rate_low']);
  });

  it('raises SpO2 below 92, strictly', () => {
    expect(codes(reading(120, 80, { spo2: 92 }))).toEqual([]);
    expect(codes(reading(120, 80, { spo2: 91 }))).toEqual(['spo2_low']);
  });

  it('raises every rule met, each with its stable code in a fixed order', () => {
    expect(codes(reading(190, 112, { heartRate: 130, spo2: 88 }))).toEqual([
      'systolic_rise',
      'diastolic_rise',
      'systolic_high',
      'diastolic_high',
      'heart_rate_high',
      'spo2_low',
    ]);
    expect(ALERT_CODES).toHaveLength(7);
  });

  it('skips the rise rules when there is no baseline', () => {
    expect(codes(reading(175, 105), null)).toEqual([]);
  });

  it('explains each alert in plain words with the numbers', () => {
    const messages = alertFindings(reading(165, 80, { heartRate: 45 }), baseline, DEFAULT_MONITORING).map((f) => f.message);
    expect(messages).toEqual([
      'Systolic has risen 45 mmHg from the baseline of 120 (alert at 40).',
      'Heart rate is 45 a minute, below 50.',
    ]);
  });

  it('uses the client’s own alert levels', () => {
    const own = { ...DEFAULT_MONITORING, alerts: { ...DEFAULT_MONITORING.alerts, spo2Min: 94, systolicRise: 30 } };
    expect(codes(reading(150, 80, { spo2: 93 }), baseline, own)).toEqual(['systolic_rise', 'spo2_low']);
  });
});

describe('bpWithinAlertThresholds', () => {
  it('looks only at the four blood-pressure rules', () => {
    expect(bpWithinAlertThresholds({ systolic: 150, diastolic: 90 }, baseline, DEFAULT_MONITORING)).toBe(true);
    expect(bpWithinAlertThresholds({ systolic: 160, diastolic: 90 }, baseline, DEFAULT_MONITORING)).toBe(false);
    expect(bpWithinAlertThresholds({ systolic: 170, diastolic: 110 }, null, DEFAULT_MONITORING)).toBe(false);
  });
});

describe('the 5-minute recheck of a reading at or above 180/110', () => {
  const high = timed('h', 40, vitals(reading(185, 100)));
  const recheck = (id: string, m: number, s: number, d: number, of = 'h') => timed(id, m, vitals(reading(s, d), 'recheck', of));

  it('is asked for at or above either maximum only', () => {
    expect(needsRecheck({ systolic: 180, diastolic: 80 }, DEFAULT_MONITORING)).toBe(true);
    expect(needsRecheck({ systolic: 150, diastolic: 110 }, DEFAULT_MONITORING)).toBe(true);
    expect(needsRecheck({ systolic: 179, diastolic: 109 }, DEFAULT_MONITORING)).toBe(false);
  });

  it('waits 5 minutes, is then due, and overdue 2 minutes later', () => {
    expect(recheckState(high, [high], at(44), DEFAULT_MONITORING, CONSOLE)).toEqual({ status: 'waiting', dueAt: at(45) });
    expect(recheckState(high, [high], at(45), DEFAULT_MONITORING, CONSOLE)).toEqual({ status: 'due', dueAt: at(45) });
    expect(recheckState(high, [high], at(47), DEFAULT_MONITORING, CONSOLE)).toEqual({ status: 'overdue', dueAt: at(45) });
  });

  it('says the reading was confirmed when the recheck is still at or above a maximum', () => {
    const rs = [high, recheck('r', 45, 178, 111)];
    expect(recheckState(high, rs, at(46), DEFAULT_MONITORING, CONSOLE)).toEqual({
      status: 'confirmed',
      dueAt: at(45),
      recheckId: 'r',
      minutesAfter: 5,
    });
  });

  it('says it was not confirmed when the recheck is below both', () => {
    const rs = [high, recheck('r', 46, 165, 95)];
    expect(recheckState(high, rs, at(60), DEFAULT_MONITORING, CONSOLE)).toMatchObject({ status: 'not_confirmed', minutesAfter: 6 });
  });

  it('uses only a reading marked as the recheck of that reading, and the first of them', () => {
    const rs = [
      high,
      timed('plain', 45, vitals(reading(150, 90))),
      recheck('other', 45, 150, 90, 'x'),
      recheck('r2', 50, 186, 90),
      recheck('r1', 47, 150, 90),
    ];
    expect(recheckState(high, rs, at(60), DEFAULT_MONITORING, CONSOLE)).toMatchObject({ status: 'not_confirmed', recheckId: 'r1' });
  });
});

describe('sessionAlerts', () => {
  const r1 = timed('r1', 40, vitals(reading(185, 95, { heartRate: 125 })));
  const r2 = timed('r2', 60, vitals(reading(130, 80)));

  it('raises one alert per reading and rule, with an id every device derives alike', () => {
    const alerts = sessionAlerts([r2, r1], baseline, [], at(41), DEFAULT_MONITORING, CONSOLE);
    expect(alerts.map((a) => a.id)).toEqual(['r1:systolic_rise', 'r1:systolic_high', 'r1:heart_rate_high']);
    expect(alertId('r1', 'spo2_low')).toBe('r1:spo2_low');
    expect(alerts.every((a) => a.raisedAt === at(40))).toBe(true);
  });

  it('carries the recheck only on the blood-pressure maxima', () => {
    const alerts = sessionAlerts([r1], baseline, [], at(48), DEFAULT_MONITORING, CONSOLE);
    expect(alerts.find((a) => a.code === 'systolic_high')?.recheck).toEqual({ status: 'overdue', dueAt: at(45) });
    expect(alerts.find((a) => a.code === 'systolic_rise')?.recheck).toBeNull();
  });

  it('keeps an alert until someone acknowledges it — a calmer later reading does not clear it', () => {
    const ack = { alertId: 'r1:heart_rate_high', by: 'cofacilitator-1', at: at(42), note: 'Settling after music change' };
    const alerts = sessionAlerts([r1, r2], baseline, [ack], at(61), DEFAULT_MONITORING, CONSOLE);
    expect(unacknowledged(alerts).map((a) => a.code)).toEqual(['systolic_rise', 'systolic_high']);
    expect(alerts.find((a) => a.code === 'heart_rate_high')?.acknowledged).toEqual(ack);
  });

  it('keeps the first acknowledgement when two devices acknowledge at once', () => {
    const first = { alertId: 'r1:heart_rate_high', by: 'a', at: at(42), note: '' };
    const second = { ...first, by: 'b', at: at(42.1) };
    const alerts = sessionAlerts([r1], baseline, [first, second], at(43), DEFAULT_MONITORING, CONSOLE);
    expect(alerts.find((a) => a.code === 'heart_rate_high')?.acknowledged?.by).toBe('a');
  });

  it('raises nothing on a baseline reading (the baseline gate handles it)', () => {
    const b = timed('b', -5, vitals(reading(190, 105), 'baseline'));
    expect(sessionAlerts([b], baseline, [], at(0), DEFAULT_MONITORING, CONSOLE)).toEqual([]);
  });
});

describe('a recheck that is itself high', () => {
  it('raises its alerts but asks for no recheck of its own; the original says confirmed', () => {
    const high = timed('h', 40, vitals(reading(185, 95)));
    const again = timed('r', 45, vitals(reading(184, 95), 'recheck', 'h'));
    const alerts = sessionAlerts([high, again], baseline, [], at(46), DEFAULT_MONITORING, CONSOLE);
    expect(alerts.filter((a) => a.readingId === 'r').map((a) => [a.code, a.recheck])).toEqual([
      ['systolic_rise', null],
      ['systolic_high', null],
    ]);
    expect(alerts.find((a) => a.id === 'h:systolic_high')?.recheck).toMatchObject({ status: 'confirmed' });
  });
});
