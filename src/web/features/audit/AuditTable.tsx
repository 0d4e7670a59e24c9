import { actionWords } from '../../../domain/audit/action-words';
import type { AuditRow } from '../../api/types';
import { isRole, roleList } from '../../kernel/access';
import { usePracticeTime } from '../../kernel/practice';
import { Table } from '../../ui/Table';

function Who({ row }: { row: AuditRow }) {
  if (!row.actorId) return <span className="muted">Visitor</span>;
  const roles = row.actorRole?.split(',').filter(isRole) ?? [];
  return (
    <span className="stack">
      <span className="nowrap">{row.actorName ?? row.actorId}</span>
      {roles.length > 0 && <span className="muted small">{roleList(roles)}</span>}
    </span>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const time = usePracticeTime();
  return (
    <Table
      caption="Audit log, newest first"
      hideCaption
      className="audit-table"
      head={
        <tr>
          <th scope="col" className="numeric">
            #
          </th>
          <th scope="col">Time ({time.timeZone ?? 'local'})</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Record</th>
          <th scope="col">Address</th>
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.seq}>
          <td className="numeric muted">{row.seq}</td>
          <td className="nowrap">
            <time dateTime={row.at}>{time.stamp(row.at)}</time>
          </td>
          <td>
            <Who row={row} />
          </td>
          <th scope="row" className="cell-plain">
            {actionWords(row.action)}
          </th>
          <td>
            {row.recordType ? (
              <span className="stack">
                <span>{row.recordType}</span>
                {row.recordId && <code className="small id">{row.recordId}</code>}
              </span>
            ) : (
              <span className="muted">—</span>
            )}
          </td>
          <td>
            <code className="small">{row.ip ?? '—'}</code>
          </td>
        </tr>
      ))}
    </Table>
  );
}
