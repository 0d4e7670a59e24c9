import { describe, expect, it } from 'vitest';
import { clockOf, readyAtFromClock } from './ready-time';

describe('the "ready to leave at" clock time', () => {
  const now = new Date(2026, 11, 2, 11, 30);
  it('reads a time earlier today as today', () => {
    expect(readyAtFromClock('11:05', now)).toBe(new Date(2026, 11, 2, 11, 5).toISOString());
  });
  it('reads a time later than now as yesterday’s (a session past midnight)', () => {
    expect(readyAtFromClock('23:50', now)).toBe(new Date(2026, 11, 1, 23, 50).toISOString());
  });
  it('allows a minute or two ahead for a clock a little fast', () => {
    expect(readyAtFromClock('11:31', now)).toBe(new Date(2026, 11, 2, 11, 31).toISOString());
  });
  it('refuses what is not a time', () => {
    expect(readyAtFromClock('', now)).toBeNull();
    expect(readyAtFromClock('9:5', now)).toBeNull();
  });
  it('shows an instant as the device’s clock time', () => {
    expect(clockOf(new Date(2026, 11, 2, 9, 4).toISOString())).toBe('09:04');
  });
});
