import { nameAtSentenceStart, nameMidSentence } from '../../domain/practice/placeholder-names.js';
import { createInvitation, findUserByEmail } from '../auth/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, invalidField } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';

/**
 * Emails the client a one-time link to set a password for the portal, where they see only their own things.
 * Without a mail server the mail waits in the outbox, and the link is shown once, in this answer, to the
 * staff member who invited, so they can hand it over (decision 0029); that showing is audited.
 */
export async function inviteClientToPortal(deps: Deps, ctx: RequestContext, input: { id: string }) {
  const result = await inTransaction(deps, async (tx) => {
    const { client } = await authorizeClient(tx, ctx, input.id, clientsPolicy.invitePortal);
    if (!client.email) throw invalidField('email', 'Add the client’s email address to their details first.');
    const existing = await tx.db.selectFrom('users').select('id').where('client_id', '=', client.id).executeTakeFirst();
    if (existing) throw conflict('This client already has a portal account.', 'already_has_account');
    if (await findUserByEmail(tx.db, client.email)) throw invalidField('email', 'Another account already uses this email address.');
    const practice = await getPracticeSettings(tx.db);
    const name = client.preferred_name || client.legal_name;
    const invitation = await createInvitation(tx, deps, ctx, {
      email: client.email,
      displayName: name,
      roles: ['client'],
      clientId: client.id,
      purpose: 'client portal invitation',
      subject: `Your space at ${nameMidSentence(practice.practiceName)}`,
      text: (link, days) =>
        [
          `Hello ${name},`,
          '',
          `${nameAtSentenceStart(practice.practiceName)} has set up a private space for you on Holdspace, where you can fill in the short questionnaires your therapist asks for.`,
          '',
          'To choose your password, open this link:',
          link,
          '',
          `The link works once and expires in ${days} days. If you weren't expecting this, you can ignore this email.`,
        ].join('\n'),
    });
    const delivery = deps.mail.configured ? ('email' as const) : ('outbox' as const);
    await appendAudit(tx, ctx, {
      action: 'client.portal_invite',
      recordType: 'client',
      recordId: client.id,
      detail: { invitationId: invitation.id, delivery },
    });
    if (delivery === 'outbox') {
      await appendAudit(tx, ctx, {
        action: 'client.portal_invite_link_shown',
        recordType: 'client',
        recordId: client.id,
        detail: { invitationId: invitation.id },
      });
    }
    return { email: client.email, expiresAt: invitation.expiresAt, delivery, link: delivery === 'outbox' ? invitation.link : null };
  });
  return result;
}
