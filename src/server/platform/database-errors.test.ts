import { describe, expect, it } from 'vitest';
import { fromDatabaseError, isRecordLocked, isRetryable, uniqueViolationKey } from './database-errors.js';
import { backoffDelay } from './jobs/job-runner.js';

describe('reading database refusals', () => {
  it('names a unique violation the same way on both databases', () => {
    const pg = { code: '23505', table: 'users', constraint: 'users_email_key', detail: 'Key (email)=(nia@practice.test) already exists.' };
    const sqlite = { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: users.email' };
    expect(uniqueViolationKey(pg)).toBe('users.email');
    expect(uniqueViolationKey(sqlite)).toBe('users.email');
    const pgPair = {
      code: '23505',
      table: 'care_team_members',
      detail: 'Key (client_id, user_id, role)=(a, b, therapist) already exists.',
    };
    const sqlitePair = {
      code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
      message: 'UNIQUE constraint failed: care_team_members.client_id, care_team_members.user_id, care_team_members.role',
    };
    expect(uniqueViolationKey(pgPair)).toBe('care_team_members.client_id,user_id,role');
    expect(uniqueViolationKey(sqlitePair)).toBe('care_team_members.client_id,user_id,role');
  });

  it('never passes the conflicting value on to the person', () => {
    const pg = { code: '23505', table: 'enquiries', detail: 'Key (email)=(secret@example.org) already exists.' };
    expect(fromDatabaseError(pg)?.message).not.toContain('secret@example.org');
  });

  it('knows the locked-record trigger on both databases, and nothing else that aborts', () => {
    expect(isRecordLocked({ code: 'HS001', message: 'a signed consultation record is locked and cannot be changed' })).toBe(true);
    expect(
      isRecordLocked({ code: 'SQLITE_CONSTRAINT_TRIGGER', message: 'a signed consultation record is locked and cannot be changed' }),
    ).toBe(true);
    expect(isRecordLocked({ code: 'SQLITE_CONSTRAINT_TRIGGER', message: 'something else' })).toBe(false);
    expect(isRecordLocked(new Error('is locked and cannot be changed'))).toBe(false);
  });

  it('retries lost races only', () => {
    for (const code of ['40001', '40P01', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']) expect(isRetryable({ code })).toBe(true);
    for (const code of ['23505', '23503', 'SQLITE_CONSTRAINT_UNIQUE', undefined]) expect(isRetryable({ code })).toBe(false);
    expect(isRetryable(null)).toBe(false);
  });

  it('leaves other errors alone, so they stay a logged 500', () => {
    expect(fromDatabaseError(new Error('syntax error at or near'))).toBeNull();
    expect(fromDatabaseError({ code: '23503' })).toBeNull();
  });
});

describe('job backoff', () => {
  it('doubles the wait after each failure, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(1_000, n, 10_000))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
  });
});
