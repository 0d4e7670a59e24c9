import type { InviteStaffBody } from '../../contracts/staff.contracts.js';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { nameMidSentence } from '../../domain/practice/placeholder-names.js';
import { createInvitation, findUserByEmail, nameTaken, nameTakenByOtherStaff, normalizeEmail } from '../auth/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { invalidField, notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { findInvitationWithInviter, presentInvitation } from './invitations.repository.js';
import { staffPolicy } from './staff.policy.js';

export async function inviteStaff(deps: Deps, ctx: RequestContext, input: InviteStaffBody) {
  const actor = authorize(ctx, staffPolicy.manage);
  const email = normalizeEmail(input.email);
  const result = await inTransaction(deps, async (tx) => {
    if (await findUserByEmail(tx.db, email)) throw invalidField('email', 'Someone with this email already has an account.');
    if (await nameTakenByOtherStaff(tx.db, input.displayName, null)) throw nameTaken('displayName');
    const practice = await getPracticeSettings(tx.db);
    const roles = input.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' and ');
    const { id } = await createInvitation(tx, deps, ctx, {
      email,
      displayName: input.displayName,
      roles: input.roles,
      clientId: null,
      purpose: 'staff invitation',
      subject: `You're invited to ${nameMidSentence(practice.practiceName)} on Holdspace`,
      text: (link, days) =>
        [
          `Hello ${input.displayName},`,
          '',
          `${actor.displayName} has invited you to join ${nameMidSentence(practice.practiceName)} on Holdspace as ${roles}.`,
          '',
          'To set your password and sign in, open this link:',
          link,
          '',
          `The link works once and expires in ${days} days. If you weren't expecting this, you can ignore this email.`,
        ].join('\n'),
    });
    await appendAudit(tx, ctx, { action: 'staff.invite', recordType: 'invitation', recordId: id, detail: { roles: input.roles } });
    const row = await findInvitationWithInviter(tx.db, id);
    if (!row) throw notFound();
    return presentInvitation(row, ctx.now);
  });
  return { invitation: result, delivery: deps.mail.configured ? ('email' as const) : ('outbox' as const) };
}
