import { describe, expect, it } from 'vitest';
import { checkPhaseChange } from './phases.js';

describe('checkPhaseChange', () => {
  it('moves a client on by hand', () => {
    expect(checkPhaseChange('consultation', 'preparation', null)).toBeNull();
    expect(checkPhaseChange('paused', 'preparation', null)).toBeNull();
  });

  it('refuses a move to the same phase', () => {
    expect(checkPhaseChange('preparation', 'preparation', 'x')).toBe('same_phase');
  });

  it('needs a reason to pause or complete someone’s care', () => {
    expect(checkPhaseChange('preparation', 'paused', ' ')).toBe('reason_required');
    expect(checkPhaseChange('integration', 'completed', null)).toBe('reason_required');
    expect(checkPhaseChange('integration', 'completed', 'Course finished; goals met')).toBeNull();
  });
});
