import type { Account } from '../../contracts/account.contracts.js';
import { checkNewPassword, PASSWORD_PROBLEM_MESSAGES } from '../../domain/passwords/password-policy.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { Actor, RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { AppError, conflict, invalidField, tooManyRequests, unauthenticated } from '../platform/errors.js';
import { retryAfterSeconds, takeAttempt } from '../platform/throttle.js';
import {
  countRecoveryCodesLeft,
  nameTakenByOtherStaff,
  removeSecret,
  setPasswordHash,
  setShortName,
  staffTwoFactorRequired,
  twoFactorStateOf,
} from './accounts.repository.js';
import { hashPassword, verifyPassword } from './password-hashing.js';
import { issueRecoveryCodes } from './second-factor.js';
import { endOtherSessionsOfUser } from './sessions.repository.js';
import { findUserById } from './users.repository.js';

export const NAME_TAKEN = 'another member of staff goes by this name; please choose one that is yours alone';

/** 409 naming the field: nobody may appear in the app under another staff member's name. */
export function nameTaken(field: string): AppError {
  return new AppError(409, 'name_taken', 'That name belongs to someone else here.', [{ path: field, message: NAME_TAKEN }]);
}

/** Your own account: names, whether two-factor sign-in is on, and how many recovery codes are left. */
export async function readOwnAccount(deps: Deps, ctx: RequestContext): Promise<Account> {
  return accountOf(deps.db, requireSignedIn(ctx));
}

async function accountOf(db: Deps['db'], actor: Actor): Promise<Account> {
  const state = await twoFactorStateOf(db, actor.userId);
  if (!state) throw unauthenticated();
  const required = actor.kind === 'staff' && (await staffTwoFactorRequired(db));
  return {
    displayName: actor.displayName,
    shortName: state.shortName,
    email: actor.email,
    kind: actor.kind,
    twoFactor: {
      enrolled: state.secret !== null,
      required,
      recoveryCodesLeft: state.secret ? await countRecoveryCodesLeft(db, actor.userId) : 0,
    },
  };
}

/** The name to be greeted by. Staff may not choose a name another staff member goes by. */
export async function changeShortName(deps: Deps, ctx: RequestContext, input: { shortName: string }) {
  const actor = requireSignedIn(ctx);
  const shortName = input.shortName.trim() || null;
  return inTransaction(deps, async (tx) => {
    if (shortName && (await nameTakenByOtherStaff(tx.db, shortName, actor.userId))) throw nameTaken('shortName');
    await setShortName(tx.db, actor.userId, shortName, ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: 'account.short_name_change', recordType: 'user', recordId: actor.userId });
    return accountOf(tx.db, actor);
  });
}

const WRONG_PASSWORD = 'that is not your current password';

/** Checks the current password with a count first, so a borrowed session cannot guess it at leisure. */
async function confirmCurrentPassword(
  deps: Deps,
  ctx: RequestContext,
  userId: string,
  password: string,
  field = 'password',
): Promise<void> {
  const allowed = await inTransaction(deps, async (tx) => {
    const ok = await takeAttempt(tx, `password-check:${userId}`, deps.config.limits.signInPerAccount, ctx.now);
    if (!ok)
      await appendAudit(tx, ctx, {
        action: 'auth.sign_in_throttled',
        recordType: 'user',
        recordId: userId,
        detail: { limit: 'password_check' },
      });
    return ok;
  });
  if (!allowed)
    throw tooManyRequests(
      'There have been too many tries. Please wait 15 minutes and try again.',
      retryAfterSeconds(deps.config.limits.signInPerAccount),
    );
  const user = await findUserById(deps.db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, password))) throw invalidField(field, WRONG_PASSWORD);
}

/** Everyone can change their own password; every other session of theirs ends. */
export async function changeOwnPassword(deps: Deps, ctx: RequestContext, input: { currentPassword: string; newPassword: string }) {
  const actor = requireSignedIn(ctx);
  await confirmCurrentPassword(deps, ctx, actor.userId, input.currentPassword, 'currentPassword');
  const problem = checkNewPassword(input.newPassword, { email: actor.email });
  if (problem) throw invalidField('newPassword', PASSWORD_PROBLEM_MESSAGES[problem]);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(deps, async (tx) => {
    await setPasswordHash(tx.db, actor.userId, passwordHash, ctx.now.toISOString());
    await endOtherSessionsOfUser(tx.db, actor.userId, actor.sessionId, ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: 'account.password_change', recordType: 'user', recordId: actor.userId });
  });
  return { ok: true as const };
}

/** Turning two-factor sign-in off: the password again, and never for staff while the practice requires it. */
export async function removeOwnTwoFactor(deps: Deps, ctx: RequestContext, input: { password: string }) {
  const actor = requireSignedIn(ctx);
  if (actor.kind === 'staff' && (await staffTwoFactorRequired(deps.db))) {
    throw conflict('Your practice requires two-factor sign-in for staff, so it cannot be turned off.', 'two_factor_required');
  }
  await confirmCurrentPassword(deps, ctx, actor.userId, input.password);
  await inTransaction(deps, async (tx) => {
    await removeSecret(tx.db, actor.userId, ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: 'auth.two_factor_remove', recordType: 'user', recordId: actor.userId });
  });
  return readOwnAccount(deps, ctx);
}

/** Ten new recovery codes (the old ones stop working), shown once. */
export async function renewRecoveryCodes(deps: Deps, ctx: RequestContext, input: { password: string }) {
  const actor = requireSignedIn(ctx);
  await confirmCurrentPassword(deps, ctx, actor.userId, input.password);
  return inTransaction(deps, async (tx) => {
    const state = await twoFactorStateOf(tx.db, actor.userId);
    if (!state?.secret) throw conflict('Two-factor sign-in is not set up, so there are no recovery codes.', 'not_enrolled');
    const recoveryCodes = await issueRecoveryCodes(tx, actor.userId, ctx.now);
    await appendAudit(tx, ctx, { action: 'auth.recovery_codes_renew', recordType: 'user', recordId: actor.userId });
    return { recoveryCodes };
  });
}
