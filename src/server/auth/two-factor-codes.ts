import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side of now is accepted, for a phone clock a little off. */
export const TOTP_DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

function totpOf(secret: string, label = 'Holdspace', issuer = 'Holdspace') {
  return new OTPAuth.TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** 160 random bits, base32: what the person types if they cannot scan the code. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function timeStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows at `at`: for tests, and nothing else. */
export function totpCodeAt(secret: string, at: Date): string {
  return totpOf(secret).generate({ timestamp: at.getTime() });
}

/**
 * The time step a code belongs to, if it is right within the drift window and newer than the last one
 * accepted: a code seen once is never accepted again, nor one from a step before it (replay).
 */
export function acceptedStep(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const delta = totpOf(secret).validate({ token: clean, timestamp: now.getTime(), window: TOTP_DRIFT_STEPS });
  if (delta === null) return null;
  const step = timeStepAt(now) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

export function otpauthUri(secret: string, account: string, issuer: string): string {
  return totpOf(secret, account, issuer).toString();
}

/** Drawn here, as an SVG data URL: the secret never goes to a remote QR service. */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

// No 0/O or 1/I/L, so a code copied by hand reads back the same.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes of 10 characters (about 49 bits each), grouped for reading: `abcde-fghjk`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());
}

/** Stored only as a hash; the code is random enough that a plain SHA-256 cannot be searched. */
export function hashRecoveryCode(code: string): string {
  const clean = code.trim().toLowerCase().replace(/-/g, '');
  return createHash('sha256').update(`recovery:${clean}`).digest('hex');
}
