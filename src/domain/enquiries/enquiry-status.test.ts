import { describe, expect, it } from 'vitest';
import { checkStatusChange, ENQUIRY_STATUSES, nextStatuses } from './enquiry-status.js';

describe('checkStatusChange', () => {
  it('walks the usual path from new to became a client', () => {
    expect(checkStatusChange('new', 'contacted', null)).toBeNull();
    expect(checkStatusChange('contacted', 'consultation_scheduled', null)).toBeNull();
    expect(checkStatusChange('consultation_scheduled', 'became_client', null)).toBeNull();
  });

  it('needs a reason to decline, and blank is not a reason', () => {
    expect(checkStatusChange('contacted', 'declined', null)).toBe('reason_required');
    expect(checkStatusChange('contacted', 'declined', '   ')).toBe('reason_required');
    expect(checkStatusChange('contacted', 'declined', 'Needs a higher level of care first')).toBeNull();
  });

  it('lets a request become a client only once the practice has been in touch', () => {
    expect(checkStatusChange('new', 'became_client', null)).toBe('not_allowed');
    expect(checkStatusChange('contacted', 'became_client', null)).toBeNull();
  });

  it('reopens a declined or closed request as contacted', () => {
    expect(checkStatusChange('declined', 'contacted', null)).toBeNull();
    expect(checkStatusChange('closed', 'contacted', null)).toBeNull();
    expect(checkStatusChange('closed', 'new', null)).toBe('not_allowed');
  });

  it('keeps a request that became a client where it is', () => {
    expect(nextStatuses('became_client')).toEqual([]);
    for (const to of ENQUIRY_STATUSES) expect(checkStatusChange('became_client', to, 'x')).toBe('not_allowed');
  });

  it('refuses a change to the same status', () => {
    for (const status of ENQUIRY_STATUSES) expect(checkStatusChange(status, status, 'x')).toBe('not_allowed');
  });
});
