import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-policy.js';

describe('checkNewPassword', () => {
  it('accepts a long, uncommon passphrase with no special characters', () => {
    expect(checkNewPassword('river stones in autumn')).toBeNull();
  });

  it('refuses 11 characters and accepts 12', () => {
    expect(checkNewPassword('abcdefghijk')).toBe('too_short');
    expect(checkNewPassword('tealsagecalm')).toBeNull();
  });

  it('counts an emoji as one character', () => {
    expect(checkNewPassword('🌿🌿🌿🌿🌿🌿🌿🌿🌿🌿🌿')).toBe('too_short');
  });

  it('refuses a password past the cap', () => {
    expect(checkNewPassword('a sentence '.repeat(30))).toBe('too_long');
  });

  it('refuses the most common passwords, whatever the case', () => {
    expect(checkNewPassword('123qweasdzxc')).toBe('too_common');
    expect(checkNewPassword('1q2w3e4r5t6y')).toBe('too_common');
    expect(checkNewPassword('QAZWSXEDCRFV')).toBe('too_common');
  });

  it('refuses a common password padded with digits or repeated', () => {
    expect(checkNewPassword('password1234')).toBe('too_common');
    expect(checkNewPassword('sunshine2024!')).toBe('too_common');
    expect(checkNewPassword('dragondragon')).toBe('too_common');
  });

  it('refuses one character repeated', () => {
    expect(checkNewPassword('aaaaaaaaaaaaaaa')).toBe('too_common');
  });

  it('refuses a password that contains the account email', () => {
    expect(checkNewPassword('sam@clinic.example!', { email: 'sam@clinic.example' })).toBe('contains_email');
  });
});
