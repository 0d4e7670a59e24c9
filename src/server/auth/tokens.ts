import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS's generator, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a copy of the database cannot be used to sign in or accept an invitation. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
