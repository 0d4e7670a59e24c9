import { v7 as uuidv7 } from 'uuid';
import type { InviteStaffBody } from '../../contracts/staff.contracts.js';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { appendAudit } from '../audit/audit.repository.js';
import { authorize } from '../auth/authorize.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { findUserByEmail, normalizeEmail } from '../auth/users.repository.js';
import type { RequestContext } from '../context.js';
import { type Deps, inTransaction } from '../deps.js';
import { invalidField, notFound } from '../errors.js';
import { queueMail } from '../mail/queue-mail.js';
import { getPracticeSettings } from '../practice/practice.repository.js';
import {
  findInvitationWithInviter,
  INVITATION_LIFETIME_HOURS,
  presentInvitation,
  revokeOpenInvitationsFor,
} from './invitations.repository.js';
import { staffPolicy } from './staff.policy.js';

function invitationText(options: { name: string; practiceName: string; inviter: string; roles: string; link: string }): string {
  return [
    `Hello ${options.name},`,
    '',
    `${options.inviter} has invited you to join ${options.practiceName} on Holdspace as ${options.roles}.`,
    '',
    'To set your password and sign in, open this link:',
    options.link,
    '',
    `The link works once and expires in ${INVITATION_LIFETIME_HOURS / 24} days. If you weren't expecting this, you can ignore this email.`,
  ].join('\n');
}

export async function inviteStaff(deps: Deps, ctx: RequestContext, input: InviteStaffBody) {
  const actor = authorize(ctx, staffPolicy.manage);
  const email = normalizeEmail(input.email);
  const token = newToken();
  const result = await inTransaction(deps, async (tx) => {
    if (await findUserByEmail(tx.db, email)) throw invalidField('email', 'Someone with this email already has an account.');
    const at = ctx.now.toISOString();
    await revokeOpenInvitationsFor(tx.db, email, at);
    const id = uuidv7();
    await tx.db
      .insertInto('invitations')
      .values({
        id,
        email,
        display_name: input.displayName,
        roles: input.roles.join(','),
        token_hash: hashToken(token),
        invited_by: actor.userId,
        created_at: at,
        expires_at: new Date(ctx.now.getTime() + INVITATION_LIFETIME_HOURS * 3_600_000).toISOString(),
        accepted_at: null,
        revoked_at: null,
        user_id: null,
      })
      .execute();
    const practice = await getPracticeSettings(tx.db);
    await queueMail(tx, deps.mail.configured, ctx.now, {
      to: email,
      subject: `You're invited to ${practice.practiceName} on Holdspace`,
      text: invitationText({
        name: input.displayName,
        practiceName: practice.practiceName,
        inviter: actor.displayName,
        roles: input.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' and '),
        link: `${deps.config.publicUrl}/app/invite#token=${token}`,
      }),
      purpose: 'staff invitation',
    });
    await appendAudit(tx, ctx, { action: 'staff.invite', recordType: 'invitation', recordId: id, detail: { roles: input.roles } });
    const row = await findInvitationWithInviter(tx.db, id);
    if (!row) throw notFound();
    return presentInvitation(row, ctx.now);
  });
  await deps.mail.deliverPending(deps.db, deps.clock);
  return { invitation: result, delivery: deps.mail.configured ? ('email' as const) : ('outbox' as const) };
}
