import { Link } from 'react-router';
import type { EnquirySummary } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';
import { Table } from '../../ui/Table';
import { RequestStatusBadge } from './request-status';

export function RequestsTable({ requests, caption }: { requests: EnquirySummary[]; caption: string }) {
  const time = usePracticeTime();
  return (
    <Table
      caption={caption}
      hideCaption
      className="requests-table"
      head={
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Received</th>
          <th scope="col">Prefers</th>
          <th scope="col">Status</th>
          <th scope="col" className="numeric">
            Notes
          </th>
        </tr>
      }
    >
      {requests.map((request) => (
        <tr key={request.id}>
          <th scope="row" className="cell-name">
            <Link to={`/requests/${request.id}`}>{request.name}</Link>
          </th>
          <td>
            <time dateTime={request.receivedAt} className="time-stack">
              <span>{time.relative(request.receivedAt)}</span>
              <span className="muted small">{time.dateTime(request.receivedAt)}</span>
            </time>
          </td>
          <td>{request.preferredContact === 'email' ? 'Email' : 'Phone'}</td>
          <td>
            <RequestStatusBadge status={request.status} />
          </td>
          <td className="numeric">
            {request.noteCount}
            <span className="note-word">{request.noteCount === 1 ? ' note' : ' notes'}</span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
