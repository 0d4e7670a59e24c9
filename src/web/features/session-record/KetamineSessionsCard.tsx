import { Link } from 'react-router';
import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';
import { useClientKetamineSessions } from './session-record.api';

const STATUS = { open: 'Open', dosed: 'In progress', discharged: 'Discharged' } as const;

/**
 * The client's ketamine sessions on the chart, each with its console and printable record. Only the care
 * team sees sessions (others are answered 404), so for anyone else the card is not shown at all.
 */
export function KetamineSessionsCard({ clientId }: { clientId: string }) {
  const timeZone = usePractice().data?.timeZone;
  const sessions = useClientKetamineSessions(clientId);
  if (!sessions.data || sessions.data.sessions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="ketamine-sessions-heading">
      <h2 id="ketamine-sessions-heading" className="card-title">
        Ketamine sessions
      </h2>
      <ul className="record-session-list">
        {sessions.data.sessions.map((s) => (
          <li key={s.id}>
            <span>
              {formatDateTime(s.openedAt, timeZone)} · {STATUS[s.status]}
            </span>
            <span className="record-session-links">
              <Link to={`/sessions/${s.id}`}>Console</Link>
              <Link to={`/sessions/${s.id}/record`}>Session record</Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
