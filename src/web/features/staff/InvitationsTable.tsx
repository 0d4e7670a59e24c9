import type { Invitation } from '../../api/types';
import { roleList } from '../../kernel/access';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Table } from '../../ui/Table';
import { useRevokeInvitation } from './staff.api';

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const time = usePracticeTime();
  const revoke = useRevokeInvitation();
  return (
    <>
      <ErrorSummary error={revoke.error} title="The invitation was not revoked" />
      <Table
        caption="Open invitations"
        hideCaption
        head={
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Invited by</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        }
      >
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <th scope="row" className="cell-name">
              <span className="stack">
                <span>{invitation.displayName}</span>
                <span className="muted small">{invitation.email}</span>
              </span>
            </th>
            <td>{roleList(invitation.roles)}</td>
            <td>{invitation.invitedBy}</td>
            <td>
              <time dateTime={invitation.expiresAt} className="time-stack">
                <span>{time.relative(invitation.expiresAt)}</span>
                <span className="muted small">{time.shortDate(invitation.expiresAt)}</span>
              </time>
            </td>
            <td className="cell-action">
              <Button
                variant="quiet"
                small
                busy={revoke.isPending && revoke.variables === invitation.id}
                onClick={() => revoke.mutate(invitation.id)}
              >
                Revoke<span className="visually-hidden"> the invitation for {invitation.displayName}</span>
              </Button>
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
