import { describe, expect, it } from 'vitest';
import { givenAt } from './MedicineForms';

describe('the time a medicine was given', () => {
  const now = new Date(2026, 11, 2, 10, 30, 15);
  it('is now when left empty', () => {
    expect(givenAt('', now)).toBe(now.toISOString());
  });
  it('reads HH:MM, with or without the colon, as today on this device', () => {
    expect(givenAt('09:05', now)).toBe(new Date(2026, 11, 2, 9, 5).toISOString());
    expect(givenAt('905', now)).toBe(new Date(2026, 11, 2, 9, 5).toISOString());
    expect(givenAt('23:59', now)).toBe(new Date(2026, 11, 2, 23, 59).toISOString());
  });
  it('refuses what is not a time of day', () => {
    for (const bad of ['24:00', '9:60', 'soon', '1230pm']) expect(givenAt(bad, now)).toBeNull();
  });
});
