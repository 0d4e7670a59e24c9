import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { StaffMember } from '../../api/types';
import { ROLE_LABELS, STAFF_ROLES } from '../../kernel/access';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { ROLE_HINTS, type StaffRole } from './InviteForm';
import { useChangeRoles, useRenameStaff, useSendPasswordReset } from './staff.api';

function RolesForm({ member }: { member: StaffMember }) {
  const change = useChangeRoles();
  const [roles, setRoles] = useState<StaffRole[]>(member.roles.filter((r): r is StaffRole => r !== 'client'));
  const errors = fieldErrorsOf(change.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ id: member.id, roles });
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="manage-roles-title">
      <h3 id="manage-roles-title">Roles</h3>
      {change.isSuccess && (
        <Notice tone="success" live headingLevel={3}>
          <p>Roles saved. They apply from their next click.</p>
        </Notice>
      )}
      <ErrorSummary error={change.error} title="The roles did not change" fields={{ roles: 'Roles' }} />
      <CheckboxGroup
        name="roles"
        legend="Roles they hold"
        error={errors.roles}
        options={STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], hint: ROLE_HINTS[role] }))}
        value={roles}
        onChange={(next) => {
          setRoles(next);
          change.reset();
        }}
      />
      <Button type="submit" variant="secondary" busy={change.isPending}>
        Save roles
      </Button>
    </form>
  );
}

function NameForm({ member }: { member: StaffMember }) {
  const rename = useRenameStaff();
  const [displayName, setDisplayName] = useState(member.displayName);
  const errors = fieldErrorsOf(rename.error);
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="manage-name-title"
      onSubmit={(event) => {
        event.preventDefault();
        rename.mutate({ id: member.id, displayName });
      }}
    >
      <h3 id="manage-name-title">Name</h3>
      {rename.isSuccess && (
        <Notice tone="success" live headingLevel={3}>
          <p>Name saved.</p>
        </Notice>
      )}
      <ErrorSummary error={rename.error} title="The name did not change" fields={{ displayName: 'Name colleagues see' }} />
      <TextField
        name="displayName"
        label="Name colleagues see"
        hint="No two staff members may go by the same name."
        autoComplete="off"
        value={displayName}
        error={errors.displayName}
        onChange={(event) => {
          setDisplayName(event.currentTarget.value);
          rename.reset();
        }}
      />
      <Button type="submit" variant="secondary" busy={rename.isPending}>
        Save name
      </Button>
    </form>
  );
}

function ResetLink({ member }: { member: StaffMember }) {
  const send = useSendPasswordReset();
  const time = usePracticeTime();
  return (
    <section className="stack" aria-labelledby="manage-reset-title">
      <h3 id="manage-reset-title">A way back in</h3>
      <p>
        Send {member.displayName} a link to choose a new password. It works once, for an hour. Their two-factor sign-in, if they have it,
        stays as it is.
      </p>
      {send.data && (
        <Notice tone="success" live headingLevel={3} takeFocus>
          {send.data.delivery === 'email' ? (
            <p>
              We emailed the link to {member.email}. It works until {time.dateTime(send.data.expiresAt)}.
            </p>
          ) : (
            <p>
              No mail server is set up, so the link is waiting in <Link to="/outbox">the outbox</Link>. Copy it from there and give it to{' '}
              {member.displayName} yourself. It works until {time.dateTime(send.data.expiresAt)}.
            </p>
          )}
        </Notice>
      )}
      <ErrorSummary error={send.error} title="No link was sent" />
      <Button variant="secondary" busy={send.isPending} busyLabel="Sending…" onClick={() => send.mutate(member.id)}>
        Send a password-reset link
      </Button>
    </section>
  );
}

/** One staff member's account, for an admin: roles, the name others see, and a reset link. */
export function StaffMemberPanel({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="section card manage-panel" aria-labelledby="manage-title">
      <div className="card-head">
        <h2 id="manage-title" className="section-title" ref={heading} tabIndex={-1}>
          Manage {member.displayName}
        </h2>
        <Button variant="quiet" small onClick={onClose}>
          Close<span className="visually-hidden"> managing {member.displayName}</span>
        </Button>
      </div>
      <p className="muted">{member.email}</p>
      <div className="stack-cards">
        <RolesForm member={member} />
        <NameForm member={member} />
        <ResetLink member={member} />
      </div>
    </section>
  );
}
