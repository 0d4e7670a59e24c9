import { describe, expect, it } from 'vitest';
import { allows, rule } from './policy.js';

describe('allows', () => {
  const readQueue = rule('read the consultation request queue', ['therapist', 'admin']);

  it('lets a listed role through', () => {
    expect(allows(readQueue, ['therapist'])).toBe(true);
  });

  it('lets someone through when any one of their roles is listed', () => {
    expect(allows(readQueue, ['prescriber', 'admin'])).toBe(true);
  });

  it('refuses roles that are not listed', () => {
    expect(allows(readQueue, ['prescriber'])).toBe(false);
    expect(allows(readQueue, ['co_facilitator', 'client'])).toBe(false);
  });

  it('refuses someone with no roles', () => {
    expect(allows(readQueue, [])).toBe(false);
  });
});
