import { usePracticeTime } from '../../../kernel/practice';
import { useUser } from '../../../kernel/session';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Notice } from '../../../ui/Notice';
import { StatusBadge } from '../../../ui/StatusBadge';
import type { Client } from '../client-types';
import { useInviteToPortal, useSendPortalLink } from '../clients.api';
import { InvitationLink } from './InvitationLink';

const STATE = {
  none: { label: 'No account', tone: 'muted', shape: 'ring' },
  invited: { label: 'Invited', tone: 'warning', shape: 'clock' },
  active: { label: 'Active', tone: 'success', shape: 'check' },
  deactivated: { label: 'Deactivated', tone: 'muted', shape: 'cross' },
} as const;

/** The client's own space: questionnaires they fill in on their phone. The invitation link works once. */
export function PortalCard({ client, canInvite }: { client: Client; canInvite: boolean }) {
  const time = usePracticeTime();
  const invite = useInviteToPortal(client.id);
  const resend = useSendPortalLink(client.id);
  // Admins can send someone who cannot get in a fresh link to choose a password.
  const canResend = useUser().abilities.manageStaff && client.portal.state === 'active';
  const { portal } = client;
  const look = STATE[portal.state];
  const offer = canInvite && (portal.state === 'none' || portal.state === 'invited');
  const needsEmail = offer && !client.email;
  return (
    <section className="card" aria-labelledby="portal-heading">
      <h2 id="portal-heading" className="card-title">
        Client portal
      </h2>
      <p className="status-now">
        <StatusBadge label={look.label} tone={look.tone} shape={look.shape} />
        {portal.state === 'invited' && portal.invitedAt && (
          <span className="small muted">
            {portal.email ? `${portal.email}, ` : ''}
            {time.relative(portal.invitedAt)}
          </span>
        )}
        {portal.state === 'active' && portal.email && <span className="small muted">{portal.email}</span>}
      </p>
      <p className="small muted">
        {portal.state === 'active'
          ? 'They can sign in to fill in the questionnaires you send.'
          : 'With an account they can fill in the questionnaires you send, on their phone. They see only their own things.'}
      </p>
      {invite.error ? <ErrorSummary error={invite.error} title="No invitation was sent" /> : null}
      <div role="status" className="form-done">
        {invite.data?.delivery === 'email' && (
          <Notice tone="success" headingLevel={3} title="Invitation on its way">
            <p>
              Holdspace is sending {invite.data.email} a link to choose a password, by email. It works once and expires{' '}
              {time.dateTime(invite.data.expiresAt)}.
            </p>
          </Notice>
        )}
        {invite.data?.delivery === 'outbox' && (
          <Notice tone="warning" headingLevel={3} title="Invitation ready: hand the link over yourself">
            <p>
              Mail is not set up, so nobody will email this invitation: it waits in the outbox. Give{' '}
              {client.preferredName || client.legalName} this link in person or by a message you trust. It works once and expires{' '}
              {time.dateTime(invite.data.expiresAt)}.
            </p>
            {invite.data.link && <InvitationLink link={invite.data.link} name={client.preferredName || client.legalName} />}
            <p className="small">
              Holdspace shows the link only now, only to you. If it is lost, send a new invitation: the old link then stops working.
            </p>
          </Notice>
        )}
      </div>
      {needsEmail && <p className="small">Add their email address under Details to invite them.</p>}
      {offer && !needsEmail && !invite.data && (
        <Button variant="secondary" busy={invite.isPending} busyLabel="Sending…" onClick={() => invite.mutate()}>
          {portal.state === 'invited' ? 'Send a new invitation' : 'Invite to the portal'}
        </Button>
      )}
      {canResend && (
        <>
          {resend.error ? <ErrorSummary error={resend.error} title="No link was sent" /> : null}
          <div role="status" className="form-done">
            {resend.data && (
              <p className="small">
                {resend.data.delivery === 'email'
                  ? 'We emailed them a link to choose a new password.'
                  : 'Mail is not set up yet, so nobody will email it: the link waits in the outbox (Admin → Outbox) for you to copy and hand over.'}{' '}
                It works once, until {time.dateTime(resend.data.expiresAt)}.
              </p>
            )}
          </div>
          {!resend.data && (
            <Button variant="quiet" busy={resend.isPending} busyLabel="Sending…" onClick={() => resend.mutate()}>
              Send a new sign-in link
            </Button>
          )}
        </>
      )}
    </section>
  );
}
