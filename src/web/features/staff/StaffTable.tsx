import { useState } from 'react';
import type { StaffMember } from '../../api/types';
import { roleList } from '../../kernel/access';
import { usePracticeTime } from '../../kernel/practice';
import { useUser } from '../../kernel/session';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { StatusBadge } from '../../ui/StatusBadge';
import { Table } from '../../ui/Table';
import { useSetStaffStatus } from './staff.api';

function StatusAction({ member, confirming, onConfirm }: { member: StaffMember; confirming: boolean; onConfirm: (on: boolean) => void }) {
  const setStatus = useSetStaffStatus();
  if (member.status === 'deactivated') {
    return (
      <Button variant="secondary" small busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: member.id, status: 'active' })}>
        Reactivate<span className="visually-hidden"> {member.displayName}</span>
      </Button>
    );
  }
  if (!confirming) {
    return (
      <Button variant="quiet" small onClick={() => onConfirm(true)}>
        Deactivate<span className="visually-hidden"> {member.displayName}</span>
      </Button>
    );
  }
  return (
    <div className="confirm-inline">
      <p className="small">They will be signed out at once and cannot sign in. Their records stay.</p>
      <div className="button-row">
        <Button
          variant="danger"
          small
          busy={setStatus.isPending}
          onClick={() => setStatus.mutate({ id: member.id, status: 'deactivated' }, { onSuccess: () => onConfirm(false) })}
        >
          Deactivate {member.displayName}
        </Button>
        <Button variant="quiet" small onClick={() => onConfirm(false)}>
          Cancel
        </Button>
      </div>
      {setStatus.error ? <ErrorSummary error={setStatus.error} title="Nothing changed" /> : null}
    </div>
  );
}

export function StaffTable({ staff, onManage }: { staff: StaffMember[]; onManage: (id: string) => void }) {
  const me = useUser();
  const time = usePracticeTime();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <Table
      caption="Staff accounts"
      hideCaption
      head={
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Roles</th>
          <th scope="col">Status</th>
          <th scope="col">Joined</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      }
    >
      {staff.map((member) => (
        <tr key={member.id}>
          <th scope="row" className="cell-name">
            <span className="stack">
              <span>{member.displayName}</span>
              <span className="muted small">{member.email}</span>
            </span>
          </th>
          <td>{roleList(member.roles)}</td>
          <td>
            {member.status === 'active' ? (
              <StatusBadge label="Active" tone="success" shape="check" />
            ) : (
              <StatusBadge label="Deactivated" tone="muted" shape="dash" />
            )}
          </td>
          <td className="nowrap">{time.shortDate(member.createdAt)}</td>
          <td className="cell-action">
            {member.id === me.id ? (
              <span className="muted small">This is you</span>
            ) : (
              <div className="button-row">
                {member.status === 'active' && (
                  <Button variant="secondary" small onClick={() => onManage(member.id)}>
                    Manage<span className="visually-hidden"> {member.displayName}</span>
                  </Button>
                )}
                <StatusAction
                  member={member}
                  confirming={confirming === member.id}
                  onConfirm={(on) => setConfirming(on ? member.id : null)}
                />
              </div>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
