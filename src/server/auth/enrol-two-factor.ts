import type { Enrolment, EnrolmentConfirmed } from '../../contracts/auth.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { conflict, invalidField, tooManyRequests, unauthenticated } from '../platform/errors.js';
import { clearAttempts, retryAfterSeconds, takeAttempt } from '../platform/throttle.js';
import { getPracticeSettings } from '../practice/index.js';
import { closeChallenge, confirmSecret, findOpenChallenge, setPendingSecret, twoFactorStateOf } from './accounts.repository.js';
import { presentUser } from './present-user.js';
import { clearCodeAttempts, issueRecoveryCodes, takeChallengeTry, takeCodeAttempt } from './second-factor.js';
import { startSession } from './start-session.js';
import { hashToken } from './tokens.js';
import { acceptedStep, newTotpSecret, otpauthUri, qrCodeDataUrl } from './two-factor-codes.js';
import { findUserById } from './users.repository.js';
import { challengeGone } from './verify-second-factor.js';

const WRONG_CODE = 'that code does not match. Check the app shows Holdspace and enter the newest code';

/**
 * Who is setting up two-factor sign-in: the signed-in person (their choice, or a client's), or someone
 * halfway through signing in whose practice requires it (an 'enrol' challenge).
 */
async function enrollingUserId(tx: Tx, ctx: RequestContext, challengeToken: string | undefined): Promise<string> {
  if (ctx.actor) return ctx.actor.userId;
  if (!challengeToken) throw unauthenticated();
  const challenge = await findOpenChallenge(tx.db, hashToken(challengeToken), ctx.now.toISOString());
  if (!challenge || challenge.purpose !== 'enrol') throw challengeGone();
  return challenge.user_id;
}

/** A new secret, kept pending until a code from it is entered: the QR code and the key to type. */
export async function startEnrolment(deps: Deps, ctx: RequestContext, input: { challengeToken: string | undefined }): Promise<Enrolment> {
  const { secret, email, practiceName } = await inTransaction(deps, async (tx) => {
    const userId = await enrollingUserId(tx, ctx, input.challengeToken);
    const state = await twoFactorStateOf(tx.db, userId);
    const user = await findUserById(tx.db, userId);
    if (!state || !user) throw unauthenticated();
    if (state.secret) throw conflict('Two-factor sign-in is already set up. Turn it off first to set up a new phone.', 'already_enrolled');
    const secret = newTotpSecret();
    await setPendingSecret(tx.db, userId, secret, ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: 'auth.two_factor_enrolment_start', recordType: 'user', recordId: userId, actorId: userId });
    return { secret, email: user.email, practiceName: (await getPracticeSettings(tx.db)).practiceName };
  });
  const issuer = `Holdspace (${practiceName})`;
  const uri = otpauthUri(secret, email, issuer);
  return { secret, otpauthUri: uri, qrCode: await qrCodeDataUrl(uri), issuer, account: email };
}

/**
 * A right code from the pending secret turns two-factor sign-in on, with ten recovery codes shown once.
 * Part way through signing in, it also finishes the sign-in: the password and the code are both proven.
 */
export async function confirmEnrolment(
  deps: Deps,
  ctx: RequestContext,
  input: { challengeToken: string | undefined; code: string; previousToken?: string | undefined },
): Promise<EnrolmentConfirmed & { token: string | null }> {
  const outcome = await inTransaction(deps, async (tx) => {
    let userId: string;
    let challengeId: string | null = null;
    if (ctx.actor) {
      userId = ctx.actor.userId;
      if (!(await takeCodeAttempt(deps, tx, ctx, userId))) {
        return { kind: 'throttled' as const };
      }
    } else {
      const attempt = await takeChallengeTry(tx, input.challengeToken, ctx.now);
      if (attempt.state === 'missing') return { kind: 'gone' as const };
      if (attempt.state === 'spent' || attempt.challenge.purpose !== 'enrol') {
        await appendAudit(tx, ctx, {
          action: 'auth.second_factor_failed',
          recordType: 'user',
          recordId: attempt.challenge.user_id,
          actorId: attempt.challenge.user_id,
          detail: { reason: 'challenge_spent' },
        });
        return { kind: 'gone' as const };
      }
      userId = attempt.challenge.user_id;
      challengeId = attempt.challenge.id;
    }
    const state = await twoFactorStateOf(tx.db, userId);
    const user = await findUserById(tx.db, userId);
    if (!state || !user || user.status !== 'active') return { kind: 'gone' as const };
    if (state.secret) return { kind: 'already' as const };
    const step = state.pendingSecret ? acceptedStep(state.pendingSecret, input.code, ctx.now, null) : null;
    if (step === null || !state.pendingSecret || !(await confirmSecret(tx.db, userId, state.pendingSecret, step, ctx.now.toISOString()))) {
      await appendAudit(tx, ctx, {
        action: 'auth.second_factor_failed',
        recordType: 'user',
        recordId: userId,
        actorId: userId,
        detail: { reason: 'enrolment_code' },
      });
      return { kind: 'wrong' as const };
    }
    await clearCodeAttempts(tx, userId);
    const recoveryCodes = await issueRecoveryCodes(tx, userId, ctx.now);
    await appendAudit(tx, ctx, {
      action: 'auth.two_factor_enrol',
      recordType: 'user',
      recordId: userId,
      actorId: userId,
      actorRole: user.roles.join(','),
    });
    if (challengeId === null) return { kind: 'enrolled' as const, recoveryCodes, token: null, user: null };
    await closeChallenge(tx.db, challengeId, ctx.now.toISOString());
    const kind = user.roles.includes('client') ? 'client' : 'staff';
    const session = await startSession(tx, { userId, kind, now: ctx.now, previousToken: input.previousToken });
    await appendAudit(tx, ctx, {
      action: 'auth.sign_in',
      recordType: 'user',
      recordId: userId,
      actorId: userId,
      actorRole: user.roles.join(','),
      detail: { secondFactor: 'enrolment' },
    });
    return { kind: 'enrolled' as const, recoveryCodes, token: session.token, user: presentUser(user) };
  });
  if (outcome.kind === 'gone') throw challengeGone();
  if (outcome.kind === 'throttled')
    throw tooManyRequests(
      'There have been too many attempts at a code. Please wait 15 minutes and try again.',
      retryAfterSeconds(deps.config.limits.signInPerAccount),
    );
  if (outcome.kind === 'already') throw conflict('Two-factor sign-in is already set up.', 'already_enrolled');
  if (outcome.kind === 'wrong') throw invalidField('code', WRONG_CODE);
  return { recoveryCodes: outcome.recoveryCodes, token: outcome.token, user: outcome.user };
}
