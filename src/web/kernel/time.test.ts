import { describe, expect, it } from 'vitest';
import { todayIn } from './time';

describe('todayIn', () => {
  it('gives the calendar date where the practice is, not where the device is', () => {
    // 03:30 UTC on December 2nd is still the evening of December 1st in Los Angeles.
    const now = new Date('2026-12-02T03:30:00Z');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-01');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-12-02');
    expect(todayIn('UTC', now)).toBe('2026-12-02');
  });
});
