import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { clearAttempts, takeAttempt } from '../platform/throttle.js';
import {
  closeChallenge,
  countChallengeAttempt,
  findOpenChallenge,
  insertChallenge,
  replaceRecoveryCodes,
  takeRecoveryCode,
  takeTimeStep,
  twoFactorStateOf,
} from './accounts.repository.js';
import { hashToken, newToken } from './tokens.js';
import { acceptedStep, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './two-factor-codes.js';

/** How long a half-finished sign-in waits for its code, and how many tries it gets. */
export const CHALLENGE_MINUTES = 10;
export const CHALLENGE_ATTEMPTS = 5;

export type SecondFactorCheck = 'totp' | 'recovery_code' | 'wrong' | 'not_enrolled';

/**
 * Checks a code against the person's second factor inside the caller's transaction and uses it up: a TOTP
 * code's time step (so the same code, or an older one, is refused from then on) or one recovery code.
 * The caller's transaction must commit for the code to count as used.
 */
export async function checkSecondFactor(tx: Tx, userId: string, code: string, now: Date): Promise<SecondFactorCheck> {
  const state = await twoFactorStateOf(tx.db, userId);
  if (!state?.secret) return 'not_enrolled';
  if (looksLikeRecoveryCode(code)) {
    return (await takeRecoveryCode(tx.db, userId, hashRecoveryCode(code), now.toISOString())) ? 'recovery_code' : 'wrong';
  }
  const step = acceptedStep(state.secret, code, now, state.lastStep);
  if (step === null) return 'wrong';
  return (await takeTimeStep(tx.db, userId, step)) ? 'totp' : 'wrong';
}

export async function hasSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  return Boolean((await twoFactorStateOf(tx.db, userId))?.secret);
}

/** Writes a challenge and answers the token for its cookie; only the hash is kept. */
export async function startChallenge(tx: Tx, userId: string, purpose: 'verify' | 'enrol', now: Date): Promise<string> {
  const token = newToken();
  await insertChallenge(tx.db, {
    id: hashToken(token),
    userId,
    purpose,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000).toISOString(),
  });
  return token;
}

/**
 * The open challenge behind a cookie, with this try counted first: past the limit it is spent and the
 * person starts again from the password (which has its own limits).
 */
export async function takeChallengeTry(tx: Tx, token: string | undefined, now: Date) {
  if (!token) return { state: 'missing' as const };
  const challenge = await findOpenChallenge(tx.db, hashToken(token), now.toISOString());
  if (!challenge) return { state: 'missing' as const };
  const attempts = await countChallengeAttempt(tx.db, challenge.id);
  if (attempts > CHALLENGE_ATTEMPTS) {
    await closeChallenge(tx.db, challenge.id, now.toISOString());
    return { state: 'spent' as const, challenge };
  }
  return { state: 'open' as const, challenge };
}

/** Ten fresh recovery codes replace any earlier ones; the plain codes go back to be shown once. */
export async function issueRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(
    tx.db,
    userId,
    codes.map((code) => ({ id: uuidv7(), hash: hashRecoveryCode(code) })),
    now.toISOString(),
  );
  return codes;
}

const attemptKey = (userId: string) => `two-factor:${userId}`;

/**
 * Counts one guess at a code for this account, across challenges: a right password does not buy unlimited
 * guesses. False (and an audit row) when the account's limit is reached.
 */
export async function takeCodeAttempt(deps: Deps, tx: Tx, ctx: RequestContext, userId: string): Promise<boolean> {
  if (await takeAttempt(tx, attemptKey(userId), deps.config.limits.signInPerAccount, ctx.now)) return true;
  await appendAudit(tx, ctx, {
    action: 'auth.sign_in_throttled',
    recordType: 'user',
    recordId: userId,
    detail: { limit: 'second_factor' },
  });
  return false;
}

/** A code was accepted: the account's count of guesses starts again. */
export function clearCodeAttempts(tx: Tx, userId: string): Promise<void> {
  return clearAttempts(tx, attemptKey(userId));
}
