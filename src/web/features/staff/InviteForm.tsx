import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { InviteStaffResponse } from '../../api/types';
import { ROLE_LABELS, STAFF_ROLES } from '../../kernel/access';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useInvite } from './staff.api';

export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_HINTS: Record<StaffRole, string> = {
  therapist: 'Consultations, preparation, sessions, integration; works the request queue',
  prescriber: 'Medical screening, clearance and dose records',
  co_facilitator: 'Logs vitals and observations during sessions',
  admin: 'Staff, settings, public pages, audit log',
};

const FIELDS = { email: 'Email', displayName: 'Name', roles: 'Roles' };

function Sent({ result }: { result: InviteStaffResponse }) {
  const { invitation } = result;
  return (
    <Notice tone="success" live title={`Invitation created for ${invitation.displayName}`} headingLevel={3}>
      {result.delivery === 'email' ? (
        <p>We emailed the invitation link to {invitation.email}. It works once and expires in a few days.</p>
      ) : (
        <p>
          No mail server is set up, so the invitation is waiting in <Link to="/outbox">the outbox</Link>. Copy the link from there and send
          it to {invitation.email} yourself.
        </p>
      )}
    </Notice>
  );
}

export function InviteForm() {
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const errors = fieldErrorsOf(invite.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { email, displayName, roles },
      {
        onSuccess: () => {
          setEmail('');
          setDisplayName('');
          setRoles([]);
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="card-title">
        Invite someone
      </h2>
      {invite.data && !invite.error && <Sent result={invite.data} />}
      <ErrorSummary error={invite.error} title="The invitation was not sent" fields={FIELDS} />
      <form className="form form-compact invite-form" onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <TextField
            name="email"
            label={FIELDS.email}
            hint="Where the invitation goes."
            type="email"
            autoComplete="off"
            value={email}
            error={errors.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <TextField
            name="displayName"
            label={FIELDS.displayName}
            hint="As colleagues will see it. They can add a short name to be greeted by."
            autoComplete="off"
            value={displayName}
            error={errors.displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
          />
        </div>
        <CheckboxGroup
          name="roles"
          legend={FIELDS.roles}
          hint="Choose every role they hold."
          error={errors.roles}
          options={STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], hint: ROLE_HINTS[role] }))}
          value={roles}
          onChange={setRoles}
        />
        <Button type="submit" busy={invite.isPending} busyLabel="Sending…">
          Send invitation
        </Button>
      </form>
    </section>
  );
}
