import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../domain/access/roles.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { queueMail } from '../platform/mail/queue-mail.js';
import { INVITATION_LIFETIME_HOURS, revokeOpenInvitationsFor } from '../staff/index.js';
import { hashToken, newToken } from './tokens.js';

export interface NewInvitation {
  email: string;
  displayName: string;
  roles: readonly Role[];
  clientId: string | null;
  purpose: string;
  subject: string;
  /** The mail's text, given the link (which carries the one-time token in its fragment). */
  text(link: string, lifetimeDays: number): string;
}

/**
 * Writes an invitation and its mail in the caller's transaction; any older open invitation for the email stops
 * working. The link is returned for a caller that hands it over in person (decision 0029); only its hash is kept.
 */
export async function createInvitation(tx: Tx, deps: Deps, ctx: RequestContext, invitation: NewInvitation) {
  const token = newToken();
  const id = uuidv7();
  const at = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_LIFETIME_HOURS * 3_600_000).toISOString();
  await revokeOpenInvitationsFor(tx.db, invitation.email, at);
  await tx.db
    .insertInto('invitations')
    .values({
      id,
      email: invitation.email,
      display_name: invitation.displayName,
      roles: invitation.roles.join(','),
      token_hash: hashToken(token),
      invited_by: ctx.actor!.userId,
      created_at: at,
      expires_at: expiresAt,
      accepted_at: null,
      revoked_at: null,
      user_id: null,
      client_id: invitation.clientId,
    })
    .execute();
  const link = `${deps.config.publicUrl}/app/invite#token=${token}`;
  await queueMail(tx, deps.mail.configured, ctx.now, {
    to: invitation.email,
    subject: invitation.subject,
    text: invitation.text(link, INVITATION_LIFETIME_HOURS / 24),
    purpose: invitation.purpose,
  });
  return { id, expiresAt, link };
}
