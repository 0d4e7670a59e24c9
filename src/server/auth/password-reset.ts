import { v7 as uuidv7 } from 'uuid';
import { isStaffRole } from '../../domain/access/roles.js';
import { checkNewPassword, PASSWORD_PROBLEM_MESSAGES } from '../../domain/passwords/password-policy.js';
import { nameMidSentence } from '../../domain/practice/placeholder-names.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { conflict, invalidField, notFound } from '../platform/errors.js';
import { queueMail } from '../platform/mail/queue-mail.js';
import { getPracticeSettings } from '../practice/index.js';
import { accountsPolicy } from './accounts.policy.js';
import {
  claimPasswordReset,
  findOpenPasswordReset,
  findPortalUserOfClient,
  insertPasswordReset,
  setPasswordHash,
} from './accounts.repository.js';
import { hashPassword } from './password-hashing.js';
import { endSessionsOfUser } from './sessions.repository.js';
import { hashToken, newToken } from './tokens.js';
import { findUserById } from './users.repository.js';

/** A reset link is short-lived: an hour, then the admin sends a fresh one. */
export const RESET_LIFETIME_MINUTES = 60;
export const RESET_UNUSABLE = 'This link has expired or has already been used. Please ask your practice’s admin to send you a new one.';

async function writeReset(
  tx: Tx,
  deps: Deps,
  ctx: RequestContext,
  user: { id: string; email: string; displayName: string },
  who: 'staff' | 'client',
) {
  const token = newToken();
  const at = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + RESET_LIFETIME_MINUTES * 60_000).toISOString();
  const id = uuidv7();
  await insertPasswordReset(tx.db, { id, userId: user.id, tokenHash: hashToken(token), by: ctx.actor!.userId, at, expiresAt });
  const practice = await getPracticeSettings(tx.db);
  const link = `${deps.config.publicUrl}/app/reset-password#token=${token}`;
  // No password travels by mail, and nothing about anyone's care: only the one-time link.
  await queueMail(tx, deps.mail.configured, ctx.now, {
    to: user.email,
    subject: `Choose a new password for ${nameMidSentence(practice.practiceName)} on Holdspace`,
    purpose: who === 'staff' ? 'staff password reset' : 'client portal sign-in link',
    text: [
      `Hello ${user.displayName},`,
      '',
      `${ctx.actor!.displayName} has sent you a link to choose a new password for ${nameMidSentence(practice.practiceName)} on Holdspace:`,
      link,
      '',
      `The link works once and expires in ${RESET_LIFETIME_MINUTES} minutes. If you have two-factor sign-in, you will still be asked for a code when you sign in.`,
      "If you weren't expecting this, you can ignore this email; your password stays as it is.",
    ].join('\n'),
  });
  await appendAudit(tx, ctx, { action: 'account.password_reset_send', recordType: 'user', recordId: user.id, detail: { reset: id, who } });
  return { expiresAt, delivery: deps.mail.configured ? ('email' as const) : ('outbox' as const) };
}

/** An admin sends a staff member a one-time link to choose a new password. */
export async function sendStaffPasswordReset(deps: Deps, ctx: RequestContext, input: { id: string }) {
  authorize(ctx, accountsPolicy.sendReset);
  return inTransaction(deps, async (tx) => {
    const user = await findUserById(tx.db, input.id);
    if (!user || !user.roles.some(isStaffRole)) throw notFound();
    if (user.status !== 'active') throw conflict('This account is deactivated. Reactivate it first.', 'deactivated');
    return writeReset(tx, deps, ctx, user, 'staff');
  });
}

/** A client whose portal account exists gets a fresh link to choose a password and sign in. */
export async function sendClientPasswordReset(deps: Deps, ctx: RequestContext, input: { id: string }) {
  authorize(ctx, accountsPolicy.sendReset);
  return inTransaction(deps, async (tx) => {
    const user = await findPortalUserOfClient(tx.db, input.id);
    if (!user) throw conflict('This client has no portal account yet. Invite them to the portal instead.', 'no_portal_account');
    if (user.status !== 'active') throw conflict('This portal account is deactivated.', 'deactivated');
    return writeReset(tx, deps, ctx, { id: user.id, email: user.email, displayName: user.display_name }, 'client');
  });
}

export async function previewPasswordReset(deps: Deps, ctx: RequestContext, input: { token: string }) {
  const row = await findOpenPasswordReset(deps.db, hashToken(input.token), ctx.now.toISOString());
  if (!row || row.status !== 'active') throw notFound(RESET_UNUSABLE);
  return { email: row.email, displayName: row.display_name };
}

/**
 * Sets the new password and ends every session of the account. It does not sign anyone in: they sign in
 * with the new password, and then with their second factor as always (a reset never bypasses it).
 */
export async function completePasswordReset(deps: Deps, ctx: RequestContext, input: { token: string; password: string }) {
  const row = await findOpenPasswordReset(deps.db, hashToken(input.token), ctx.now.toISOString());
  if (!row || row.status !== 'active') throw notFound(RESET_UNUSABLE);
  const problem = checkNewPassword(input.password, { email: row.email });
  if (problem) throw invalidField('password', PASSWORD_PROBLEM_MESSAGES[problem]);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps, async (tx) => {
    if (!(await claimPasswordReset(tx.db, row.id, ctx.now.toISOString()))) throw notFound(RESET_UNUSABLE);
    await setPasswordHash(tx.db, row.user_id, passwordHash, ctx.now.toISOString());
    await endSessionsOfUser(tx.db, row.user_id, ctx.now.toISOString());
    await appendAudit(tx, ctx, {
      action: 'account.password_reset',
      recordType: 'user',
      recordId: row.user_id,
      actorId: row.user_id,
      detail: { reset: row.id },
    });
    return { email: row.email, kind: row.client_id ? ('client' as const) : ('staff' as const) };
  });
}
