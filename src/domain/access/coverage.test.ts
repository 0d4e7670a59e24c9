import { describe, expect, it } from 'vitest';
import { clinicalRolesOf, coverageEndsAt, isCoverageActive, mayRequestCoverage } from './coverage.js';

describe('coverage access', () => {
  it('is open only to clinicians, in the clinical roles they hold', () => {
    expect(mayRequestCoverage(['therapist'])).toBe(true);
    expect(mayRequestCoverage(['co_facilitator'])).toBe(true);
    expect(mayRequestCoverage(['admin'])).toBe(false);
    expect(mayRequestCoverage([])).toBe(false);
    expect(clinicalRolesOf(['admin', 'prescriber'])).toEqual(['prescriber']);
  });

  it('lasts the window and ends by itself', () => {
    const start = new Date('2026-11-22T10:00:00.000Z');
    const endsAt = coverageEndsAt(start, 4).toISOString();
    expect(endsAt).toBe('2026-11-22T14:00:00.000Z');
    expect(isCoverageActive({ endsAt, endedAt: null }, new Date('2026-11-22T13:59:59.999Z'))).toBe(true);
    expect(isCoverageActive({ endsAt, endedAt: null }, new Date('2026-11-22T14:00:00.000Z'))).toBe(false);
  });

  it('ends early when it was closed', () => {
    const endsAt = '2026-11-22T14:00:00.000Z';
    expect(isCoverageActive({ endsAt, endedAt: '2026-11-22T11:00:00.000Z' }, new Date('2026-11-22T12:00:00.000Z'))).toBe(false);
  });
});
