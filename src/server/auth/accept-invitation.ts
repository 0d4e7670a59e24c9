import { v7 as uuidv7 } from 'uuid';
import type { AcceptInvitationBody } from '../../contracts/auth.contracts.js';
import type { Role } from '../../domain/access/roles.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { invalidField, notFound } from '../platform/errors.js';
import { findInvitationByTokenHash, invitationState } from '../staff/index.js';
import { nameTakenByOtherStaff } from './accounts.repository.js';
import { nameTaken } from './own-account.js';
import { hashPassword } from './password-hashing.js';
import { presentUser } from './present-user.js';
import { INVITATION_UNUSABLE } from './preview-invitation.js';
import { startSession } from './start-session.js';
import { hashToken } from './tokens.js';
import { findUserByEmail, insertUser } from './users.repository.js';

export async function acceptInvitation(deps: Deps, ctx: RequestContext, input: AcceptInvitationBody & { previousToken?: string }) {
  const tokenHash = hashToken(input.token);
  const preview = await findInvitationByTokenHash(deps.db, tokenHash);
  if (!preview || invitationState(preview, ctx.now) !== 'open') throw notFound(INVITATION_UNUSABLE);
  // Loaded on first use: the common-password list is megabytes a running server rarely needs (0037).
  const { checkNewPassword, PASSWORD_PROBLEM_MESSAGES } = await import('../../domain/passwords/password-policy.js');
  const problem = checkNewPassword(input.password, { email: preview.email });
  if (problem) throw invalidField('password', PASSWORD_PROBLEM_MESSAGES[problem]);
  const passwordHash = await hashPassword(input.password);

  return inTransaction(deps, async (tx) => {
    if (await findUserByEmail(tx.db, preview.email)) throw notFound(INVITATION_UNUSABLE);
    const userId = uuidv7();
    const roles = preview.roles.split(',') as Role[];
    // The name the admin gave stands; a short name to be greeted by may not be another staff member's name.
    const displayName = preview.display_name;
    const shortName = input.shortName.trim() || null;
    if (shortName && (await nameTakenByOtherStaff(tx.db, shortName, null))) throw nameTaken('shortName');
    await insertUser(tx.db, {
      id: userId,
      email: preview.email,
      displayName,
      shortName,
      passwordHash,
      roles,
      at: ctx.now.toISOString(),
      clientId: preview.client_id,
    });
    // Claimed with a conditional update, so two clicks on the same link cannot both succeed.
    const claimed = await tx.db
      .updateTable('invitations')
      .set({ accepted_at: ctx.now.toISOString(), user_id: userId })
      .where('token_hash', '=', tokenHash)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', ctx.now.toISOString())
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw notFound(INVITATION_UNUSABLE);
    const kind = roles.includes('client') ? 'client' : 'staff';
    const session = await startSession(tx, { userId, kind, now: ctx.now, previousToken: input.previousToken });
    await appendAudit(tx, ctx, {
      action: 'auth.invitation_accept',
      recordType: 'invitation',
      recordId: preview.id,
      actorId: userId,
      actorRole: roles.join(','),
      detail: { userId },
    });
    return { token: session.token, user: presentUser({ id: userId, displayName, shortName, email: preview.email, roles }) };
  });
}
