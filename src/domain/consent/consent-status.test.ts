import { describe, expect, it } from 'vitest';
import { consentState, newestSigned } from './consent-status.js';

describe('consent state', () => {
  it('is current only when the current version is signed', () => {
    expect(consentState(2, [1, 2])).toBe('signed_current');
    expect(consentState(2, [1])).toBe('signed_older_version');
    expect(consentState(1, [])).toBe('not_signed');
  });
  it('finds the newest signed version', () => {
    expect(newestSigned([1, 3, 2])).toBe(3);
    expect(newestSigned([])).toBeNull();
  });
});
