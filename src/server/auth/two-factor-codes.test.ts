import { describe, expect, it } from 'vitest';
import {
  acceptedStep,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  qrCodeDataUrl,
  timeStepAt,
  totpCodeAt,
} from './two-factor-codes.js';

const secret = newTotpSecret();
const now = new Date('2026-11-22T10:00:05.000Z');
const step = timeStepAt(now);
const at = (steps: number) => new Date(now.getTime() + steps * 30_000);

describe('TOTP codes', () => {
  it('accepts the current code and answers its step', () => {
    expect(acceptedStep(secret, totpCodeAt(secret, now), now, null)).toBe(step);
  });
  it('accepts one step of drift either way, not two', () => {
    expect(acceptedStep(secret, totpCodeAt(secret, at(-1)), now, null)).toBe(step - 1);
    expect(acceptedStep(secret, totpCodeAt(secret, at(1)), now, null)).toBe(step + 1);
    expect(acceptedStep(secret, totpCodeAt(secret, at(-2)), now, null)).toBeNull();
    expect(acceptedStep(secret, totpCodeAt(secret, at(2)), now, null)).toBeNull();
  });
  it('refuses a code whose step was already used, or an older one', () => {
    expect(acceptedStep(secret, totpCodeAt(secret, now), now, step)).toBeNull();
    expect(acceptedStep(secret, totpCodeAt(secret, at(-1)), now, step)).toBeNull();
    expect(acceptedStep(secret, totpCodeAt(secret, at(1)), now, step)).toBe(step + 1);
  });
  it('refuses malformed codes and tolerates spaces', () => {
    expect(acceptedStep(secret, 'abcdef', now, null)).toBeNull();
    expect(acceptedStep(secret, '12345', now, null)).toBeNull();
    const code = totpCodeAt(secret, now);
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(step);
  });
  it('draws the QR code locally as an SVG data URL', async () => {
    const url = await qrCodeDataUrl('otpauth://totp/Holdspace:a?secret=ABC');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString()).toContain('<svg');
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes that hash the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(looksLikeRecoveryCode(code)).toBe(true);
    const code = codes[0]!;
    expect(hashRecoveryCode(code.toUpperCase().replace('-', ''))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toContain(code);
  });
});
