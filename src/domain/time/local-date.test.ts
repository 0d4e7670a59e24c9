import { describe, expect, it } from 'vitest';
import { ageOn, isCalendarDate, localDate } from './local-date.js';

describe('localDate', () => {
  it('gives the practice’s date, not the server’s', () => {
    const lateEvening = new Date('2026-11-22T06:30:00.000Z');
    expect(localDate(lateEvening, 'America/Los_Angeles')).toBe('2026-11-21');
    expect(localDate(lateEvening, 'Europe/Berlin')).toBe('2026-11-22');
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('22/11/2026')).toBe(false);
  });
});

describe('ageOn', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageOn('2008-11-23', '2026-11-22')).toBe(17);
    expect(ageOn('2008-11-22', '2026-11-22')).toBe(18);
  });
});
