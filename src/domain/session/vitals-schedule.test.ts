import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING } from '../medical/monitoring-settings.js';
import { DEFAULT_CONSOLE_SETTINGS as CONSOLE } from './console-settings.js';
import { at, DOSE_AT, reading, timed, vitals } from './test-fixtures.js';
import { dischargeReading, vitalsSchedule } from './vitals-schedule.js';

const check = vitals(reading(120, 80));
const schedule = (readings: ReturnType<typeof timed>[], nowMinutes: number, monitoring = DEFAULT_MONITORING) =>
  vitalsSchedule(DOSE_AT, readings, at(nowMinutes), monitoring, CONSOLE);
const statuses = (s: ReturnType<typeof schedule>) => s.slots.map((x) => `${x.minutes}:${x.status}`);

describe('vitalsSchedule', () => {
  it('is due at +15, +30, +40, +60, +90 and +120 min from the first dose by default (clinical.md)', () => {
    const s = schedule([], 0);
    expect(s.slots.map((x) => x.minutes)).toEqual([15, 30, 40, 60, 90, 120]);
    expect(s.slots.map((x) => x.dueAt)).toEqual([15, 30, 40, 60, 90, 120].map(at));
    expect(s.next?.minutes).toBe(15);
    expect(statuses(s).every((x) => x.endsWith('upcoming'))).toBe(true);
  });

  it('follows the client’s own due times, sorted', () => {
    const s = schedule([], 0, { ...DEFAULT_MONITORING, vitalsDueMinutes: [45, 20] });
    expect(s.slots.map((x) => x.minutes)).toEqual([20, 45]);
  });

  it('is due at the due time and overdue 5 minutes after it', () => {
    expect(schedule([], 15).slots[0]?.status).toBe('due');
    expect(schedule([], 19.9).slots[0]?.status).toBe('due');
    const s = schedule([], 20);
    expect(s.slots[0]?.status).toBe('overdue');
    expect(s.overdue.map((x) => x.minutes)).toEqual([15]);
    expect(s.next?.minutes).toBe(15);
  });

  it('counts a check up to 5 minutes early or late for its due time', () => {
    const s = schedule([timed('r1', 11, check), timed('r2', 34, check)], 36);
    expect(s.slots[0]).toMatchObject({ status: 'done', readingId: 'r1' });
    expect(s.slots[1]).toMatchObject({ status: 'done', readingId: 'r2' });
    expect(s.next?.minutes).toBe(40);
  });

  it('gives a check between two due times to the nearer window: at +36 it is the +40 check', () => {
    const s = schedule([timed('r1', 36, check)], 37);
    expect(s.slots[1]).toMatchObject({ minutes: 30, status: 'missed' });
    expect(s.slots[2]).toMatchObject({ minutes: 40, status: 'done', readingId: 'r1' });
  });

  it('marks a due time missed once the next window opens, and moves "next" on', () => {
    const s = schedule([], 26);
    expect(statuses(s).slice(0, 2)).toEqual(['15:missed', '30:upcoming']);
    expect(s.next?.minutes).toBe(30);
  });

  it('counts one check for one due time only, and the first in a window', () => {
    const s = schedule([timed('late', 29, check), timed('early', 26, check)], 31);
    expect(s.slots[1]).toMatchObject({ readingId: 'early' });
    expect(s.slots.filter((x) => x.readingId).length).toBe(1);
  });

  it('never counts the baseline or a check before the dose', () => {
    const s = schedule([timed('b', 12, vitals(reading(120, 80), 'baseline')), timed('pre', -3, check)], 16);
    expect(s.slots[0]).toMatchObject({ status: 'due', readingId: null });
  });

  it('keeps close due times apart at their midpoint', () => {
    const s = vitalsSchedule(DOSE_AT, [timed('r', 16.5, check)], at(17), { ...DEFAULT_MONITORING, vitalsDueMinutes: [15, 17] }, CONSOLE);
    expect(s.slots.map((x) => [x.minutes, x.windowStart])).toEqual([
      [15, at(10)],
      [17, at(16)],
    ]);
    expect(s.slots[1]?.readingId).toBe('r');
  });

  it('leaves the last window open and is finished when every time is done', () => {
    const all = [15, 30, 40, 60, 90, 150].map((m, i) => timed(`r${i}`, m, check));
    const s = schedule(all, 150);
    expect(statuses(s).every((x) => x.endsWith('done'))).toBe(true);
    expect(s.next).toBeNull();
  });
});

describe('dischargeReading', () => {
  it('is the latest check after dosing in the 15 minutes before leaving', () => {
    const rs = [timed('a', 100, check), timed('b', 120, check), timed('base', -5, vitals(reading(120, 80), 'baseline'))];
    expect(dischargeReading(DOSE_AT, rs, at(130), CONSOLE)?.id).toBe('b');
    expect(dischargeReading(DOSE_AT, rs, at(136), CONSOLE)).toBeNull();
    expect(dischargeReading(DOSE_AT, rs, at(110), CONSOLE)?.id).toBe('a');
  });
});
