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

  it('catches up an overdue time with a late check, which also counts for the next when within 5 minutes of it', () => {
    const s = schedule([timed('r15', 15, check), timed('r1', 36, check)], 37);
    expect(s.slots[1]).toMatchObject({ minutes: 30, status: 'done', readingId: 'r1' });
    expect(s.slots[2]).toMatchObject({ minutes: 40, status: 'done', readingId: 'r1' });
    expect(s.next?.minutes).toBe(60);
  });

  it('does not count a late check for the next time when it is more than 5 minutes early for it', () => {
    const s = schedule([timed('r15', 15, check), timed('r1', 33, check)], 34);
    expect(s.slots[1]).toMatchObject({ status: 'done', readingId: 'r1' });
    expect(s.slots[2]).toMatchObject({ status: 'upcoming', readingId: null });
  });

  it('shows a time overdue until the next one comes, then missed, and moves "next" on', () => {
    expect(statuses(schedule([], 29)).slice(0, 2)).toEqual(['15:overdue', '30:upcoming']);
    expect(statuses(schedule([], 36)).slice(0, 3)).toEqual(['15:missed', '30:overdue', '40:upcoming']);
    const s = schedule([], 40);
    expect(statuses(s).slice(0, 3)).toEqual(['15:missed', '30:missed', '40:due']);
    expect(s.next?.minutes).toBe(40);
  });

  it('takes the first check in a window', () => {
    const s = schedule([timed('late', 29, check), timed('early', 26, check)], 31);
    expect(s.slots[1]).toMatchObject({ readingId: 'early' });
  });

  it('never counts the baseline or a check before the dose', () => {
    const s = schedule([timed('b', 12, vitals(reading(120, 80), 'baseline')), timed('pre', -3, check)], 16);
    expect(s.slots[0]).toMatchObject({ status: 'due', readingId: null });
  });

  it('counts one check for two due times set close together', () => {
    const s = vitalsSchedule(DOSE_AT, [timed('r', 14, check)], at(15), { ...DEFAULT_MONITORING, vitalsDueMinutes: [15, 17] }, CONSOLE);
    expect(s.slots.map((x) => [x.minutes, x.windowStart, x.windowEnd, x.readingId])).toEqual([
      [15, at(10), at(17), 'r'],
      [17, at(12), null, 'r'],
    ]);
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
