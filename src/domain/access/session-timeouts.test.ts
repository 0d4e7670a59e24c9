import { describe, expect, it } from 'vitest';
import { sessionState, shouldRecordActivity } from './session-timeouts.js';

const staff = { idleMinutes: 30, maxHours: 12 };
const signedInAt = '2026-11-22T09:00:00.000Z';

describe('sessionState', () => {
  it('is active 29 minutes after the last request', () => {
    const now = new Date('2026-11-22T09:29:59.000Z');
    expect(sessionState({ createdAt: signedInAt, lastSeenAt: signedInAt }, staff, now)).toBe('active');
  });

  it('ends after 30 idle minutes', () => {
    const now = new Date('2026-11-22T09:30:00.000Z');
    expect(sessionState({ createdAt: signedInAt, lastSeenAt: signedInAt }, staff, now)).toBe('idle_expired');
  });

  it('ends after the lifetime even when in constant use', () => {
    const now = new Date('2026-11-22T21:00:00.000Z');
    expect(sessionState({ createdAt: signedInAt, lastSeenAt: '2026-11-22T20:59:00.000Z' }, staff, now)).toBe('too_old');
  });
});

describe('shouldRecordActivity', () => {
  it('records at most once a minute', () => {
    expect(shouldRecordActivity(signedInAt, new Date('2026-11-22T09:00:59.000Z'))).toBe(false);
    expect(shouldRecordActivity(signedInAt, new Date('2026-11-22T09:01:00.000Z'))).toBe(true);
  });
});
