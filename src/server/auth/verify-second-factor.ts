import type { CurrentUser } from '../../contracts/auth.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { AppError, invalidField, tooManyRequests } from '../platform/errors.js';
import { clearAttempts, retryAfterSeconds, takeAttempt } from '../platform/throttle.js';
import { closeChallenge } from './accounts.repository.js';
import { presentUser } from './present-user.js';
import { checkSecondFactor, clearCodeAttempts, takeChallengeTry, takeCodeAttempt } from './second-factor.js';
import { startSession } from './start-session.js';
import { findUserById } from './users.repository.js';

export const CHALLENGE_GONE = 'Your sign-in took too long or had too many tries. Please sign in again with your password.';
const WRONG_CODE = 'that code is not right, or was already used. Codes change every 30 seconds; please try the newest one';
const THROTTLED = 'There have been too many attempts at a code. Please wait 15 minutes and try again.';

export function challengeGone(): AppError {
  return new AppError(401, 'challenge_expired', CHALLENGE_GONE);
}

/**
 * The second step of signing in: the code from the authenticator app (or one recovery code) for the
 * challenge the password step left in its cookie. Only then does a session start.
 */
export async function verifySecondFactor(
  deps: Deps,
  ctx: RequestContext,
  input: { challengeToken: string | undefined; code: string; previousToken?: string | undefined },
): Promise<{ token: string; user: CurrentUser }> {
  const outcome = await inTransaction(deps, async (tx) => {
    const attempt = await takeChallengeTry(tx, input.challengeToken, ctx.now);
    if (attempt.state === 'missing') return { kind: 'gone' as const };
    const userId = attempt.challenge.user_id;
    if (attempt.state === 'spent' || attempt.challenge.purpose !== 'verify') {
      await appendAudit(tx, ctx, {
        action: 'auth.second_factor_failed',
        recordType: 'user',
        recordId: userId,
        actorId: userId,
        detail: { reason: 'challenge_spent' },
      });
      return { kind: 'gone' as const };
    }
    // Also per account across challenges: a right password does not buy unlimited guesses at the code.
    if (!(await takeCodeAttempt(deps, tx, ctx, userId))) {
      return { kind: 'throttled' as const };
    }
    const user = await findUserById(tx.db, userId);
    const check = user && user.status === 'active' ? await checkSecondFactor(tx, userId, input.code, ctx.now) : 'wrong';
    if (!user || (check !== 'totp' && check !== 'recovery_code')) {
      await appendAudit(tx, ctx, {
        action: 'auth.second_factor_failed',
        recordType: 'user',
        recordId: userId,
        actorId: userId,
        detail: { reason: 'wrong_code' },
      });
      return { kind: 'wrong' as const };
    }
    if (!(await closeChallenge(tx.db, attempt.challenge.id, ctx.now.toISOString()))) return { kind: 'gone' as const };
    await clearCodeAttempts(tx, userId);
    const kind = user.roles.includes('client') ? 'client' : 'staff';
    const session = await startSession(tx, { userId, kind, now: ctx.now, previousToken: input.previousToken });
    await appendAudit(tx, ctx, {
      action: 'auth.sign_in',
      recordType: 'user',
      recordId: userId,
      actorId: userId,
      actorRole: user.roles.join(','),
      detail: { secondFactor: check },
    });
    return { kind: 'signed_in' as const, token: session.token, user: presentUser(user) };
  });
  if (outcome.kind === 'gone') throw challengeGone();
  if (outcome.kind === 'throttled') throw tooManyRequests(THROTTLED, retryAfterSeconds(deps.config.limits.signInPerAccount));
  if (outcome.kind === 'wrong') throw invalidField('code', WRONG_CODE);
  return { token: outcome.token, user: outcome.user };
}
