import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';
import { StaffMemberPanel } from './StaffMemberPanel';
import { StaffTable } from './StaffTable';
import { useStaff } from './staff.api';

export function StaffPage() {
  const staff = useStaff();
  const [managing, setManaging] = useState<string | null>(null);
  const member = staff.data?.staff.find((m) => m.id === managing);
  const open = staff.data?.invitations.filter((invitation) => invitation.state === 'open') ?? [];
  return (
    <>
      <PageHeader
        title="Staff"
        lead="Everyone who can sign in to the practice’s Holdspace, and the invitations still waiting to be accepted."
        actions={
          <a href="#invite-heading" className="button button-secondary">
            Invite someone
          </a>
        }
      />
      <section className="section section-first" aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="section-title">
          Team
        </h2>
        {staff.isPending && <Loading />}
        {staff.isError && <LoadError error={staff.error} onRetry={() => staff.refetch()} />}
        {staff.data && <StaffTable staff={staff.data.staff} onManage={setManaging} />}
      </section>
      {member && <StaffMemberPanel key={member.id} member={member} onClose={() => setManaging(null)} />}
      <section className="section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="section-title">
          Open invitations
        </h2>
        {staff.data &&
          (open.length > 0 ? (
            <InvitationsTable invitations={open} />
          ) : (
            <EmptyState title="No open invitations" headingLevel={3}>
              <p>Invitations appear here until they are accepted, revoked or expire.</p>
            </EmptyState>
          ))}
      </section>
      <div className="section">
        <InviteForm />
      </div>
    </>
  );
}
