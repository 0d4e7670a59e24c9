import type { CurrentUser, SignInBody } from '../../contracts/auth.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { AppError, tooManyRequests } from '../platform/errors.js';
import { clearAttempts, countAttempt, isThrottled, retryAfterSeconds } from '../platform/throttle.js';
import { decoyHash, verifyPassword } from './password-hashing.js';
import { presentUser } from './present-user.js';
import { startSession } from './start-session.js';
import { findUserByEmail, normalizeEmail } from './users.repository.js';

const SIGN_IN_FAILED = "That email and password don't match an account here. Please check them and try again.";
const THROTTLED = 'There have been too many attempts to sign in. Please wait 15 minutes and try again.';

export interface SignInResult {
  token: string;
  user: CurrentUser;
}

export async function signIn(deps: Deps, ctx: RequestContext, input: SignInBody & { previousToken?: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const accountKey = `sign-in:account:${email}`;
  const addressKey = `sign-in:address:${ctx.ip}`;

  const throttled = await inTransaction(deps, async (tx) => {
    const limited =
      (await isThrottled(tx, accountKey, deps.config.limits.signInPerAccount, ctx.now)) ||
      (await isThrottled(tx, addressKey, deps.config.limits.signInPerAddress, ctx.now));
    if (limited) await appendAudit(tx, ctx, { action: 'auth.sign_in_throttled' });
    return limited;
  });
  if (throttled) throw tooManyRequests(THROTTLED, retryAfterSeconds(deps.config.limits.signInPerAccount));

  // The slow hash runs outside any transaction so it never holds the database.
  const user = await findUserByEmail(deps.db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const accepted = user !== undefined && user.status === 'active' && passwordMatches;

  return inTransaction(deps, async (tx) => {
    if (!accepted) {
      await countAttempt(tx, accountKey, deps.config.limits.signInPerAccount, ctx.now);
      await countAttempt(tx, addressKey, deps.config.limits.signInPerAddress, ctx.now);
      await appendAudit(tx, ctx, {
        action: 'auth.sign_in_failed',
        recordType: user ? 'user' : undefined,
        recordId: user?.id,
        detail: { reason: !user ? 'no_such_account' : user.status !== 'active' ? 'deactivated' : 'wrong_password' },
      });
      return null;
    }
    await clearAttempts(tx, accountKey);
    const kind = user.roles.includes('client') ? 'client' : 'staff';
    const session = await startSession(tx, { userId: user.id, kind, now: ctx.now, previousToken: input.previousToken });
    await appendAudit(tx, ctx, {
      action: 'auth.sign_in',
      recordType: 'user',
      recordId: user.id,
      actorId: user.id,
      actorRole: user.roles.join(','),
    });
    return { token: session.token, user: presentUser(user) };
  }).then((result) => {
    if (!result) throw new AppError(401, 'sign_in_failed', SIGN_IN_FAILED);
    return result;
  });
}
