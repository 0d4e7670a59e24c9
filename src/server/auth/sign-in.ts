import type { CurrentUser, SignInBody } from '../../contracts/auth.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { AppError, tooManyRequests } from '../platform/errors.js';
import { clearAttempts, releaseAttempt, retryAfterSeconds, takeAttempt } from '../platform/throttle.js';
import { staffTwoFactorRequired } from './accounts.repository.js';
import { decoyHash, verifyPassword } from './password-hashing.js';
import { presentUser } from './present-user.js';
import { hasSecondFactor, startChallenge } from './second-factor.js';
import { startSession } from './start-session.js';
import { findUserByEmail, normalizeEmail } from './users.repository.js';

const SIGN_IN_FAILED = "That email and password don't match an account here. Please check them and try again.";
const THROTTLED = 'There have been too many attempts to sign in. Please wait 15 minutes and try again.';

/** Signed in, or a right password that still needs its second factor (or the factor set up first). */
export type SignInResult =
  | { status: 'signed_in'; token: string; user: CurrentUser }
  | { status: 'second_factor_required' | 'enrolment_required'; challengeToken: string };

export async function signIn(deps: Deps, ctx: RequestContext, input: SignInBody & { previousToken?: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const limits = deps.config.limits;
  const keys = {
    pair: `sign-in:pair:${email}|${ctx.ip}`,
    address: `sign-in:address:${ctx.ip}`,
    account: `sign-in:account:${email}`,
  };

  // Count first, then check the password: concurrent guesses each take a place, and past the limit none is checked.
  const throttled = await inTransaction(deps, async (tx) => {
    // A refused attempt stops counting at the first limit it meets, so one address can never use up the backstop.
    const limit = !(await takeAttempt(tx, keys.pair, limits.signInPerAccount, ctx.now))
      ? 'account_and_address'
      : !(await takeAttempt(tx, keys.address, limits.signInPerAddress, ctx.now))
        ? 'address'
        : !(await takeAttempt(tx, keys.account, limits.signInAccountBackstop, ctx.now))
          ? 'account'
          : null;
    if (limit) await appendAudit(tx, ctx, { action: 'auth.sign_in_throttled', detail: { limit } });
    return limit !== null;
  });
  if (throttled) throw tooManyRequests(THROTTLED, retryAfterSeconds(limits.signInPerAccount));

  // The slow hash runs outside any transaction so it never holds the database.
  const user = await findUserByEmail(deps.db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const accepted = user !== undefined && user.status === 'active' && passwordMatches;

  return inTransaction(deps, async (tx) => {
    if (!accepted) {
      await appendAudit(tx, ctx, {
        action: 'auth.sign_in_failed',
        recordType: user ? 'user' : undefined,
        recordId: user?.id,
        detail: { reason: !user ? 'no_such_account' : user.status !== 'active' ? 'deactivated' : 'wrong_password' },
      });
      return null;
    }
    // A sign-in that succeeds does not count against the office's shared address or the account.
    await clearAttempts(tx, keys.pair);
    await releaseAttempt(tx, keys.address);
    await releaseAttempt(tx, keys.account);
    const kind = user.roles.includes('client') ? 'client' : 'staff';
    // The password is only the first factor when the person has a second one, or (staff) the practice requires it.
    const enrolled = await hasSecondFactor(tx, user.id);
    const mustEnrol = !enrolled && kind === 'staff' && (await staffTwoFactorRequired(tx.db));
    if (enrolled || mustEnrol) {
      const challengeToken = await startChallenge(tx, user.id, enrolled ? 'verify' : 'enrol', ctx.now);
      await appendAudit(tx, ctx, {
        action: 'auth.password_accepted',
        recordType: 'user',
        recordId: user.id,
        actorId: user.id,
        actorRole: user.roles.join(','),
        detail: { next: enrolled ? 'second_factor' : 'enrolment' },
      });
      return { status: enrolled ? ('second_factor_required' as const) : ('enrolment_required' as const), challengeToken };
    }
    const session = await startSession(tx, { userId: user.id, kind, now: ctx.now, previousToken: input.previousToken });
    await appendAudit(tx, ctx, {
      action: 'auth.sign_in',
      recordType: 'user',
      recordId: user.id,
      actorId: user.id,
      actorRole: user.roles.join(','),
    });
    return { status: 'signed_in' as const, token: session.token, user: presentUser(user) };
  }).then((result) => {
    if (!result) throw new AppError(401, 'sign_in_failed', SIGN_IN_FAILED);
    return result;
  });
}
