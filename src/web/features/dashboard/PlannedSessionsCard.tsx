import { Link } from 'react-router';
import { LoadError, Loading } from '../../ui/LoadState';
import { GateBadge, useDashboardSessions } from '../preparation';

/** Today's and tomorrow's ketamine sessions on the person's care teams, each with its gate state. */
export function PlannedSessionsCard() {
  const sessions = useDashboardSessions();
  const data = sessions.data;
  const day = (date: string) => data?.sessions.filter((s) => s.localDate === date) ?? [];
  return (
    <section className="card dashboard-sessions" aria-labelledby="dashboard-sessions-heading">
      <h2 id="dashboard-sessions-heading" className="card-title">
        Ketamine sessions today and tomorrow
      </h2>
      {sessions.isPending && <Loading label="Loading planned sessions…" />}
      {sessions.isError && <LoadError error={sessions.error} onRetry={() => sessions.refetch()} />}
      {data &&
        [
          { label: 'Today', date: data.today },
          { label: 'Tomorrow', date: data.tomorrow },
        ].map(({ label, date }) => (
          <div key={label}>
            <h3 className="card-subtitle">{label}</h3>
            {day(date).length === 0 ? (
              <p className="muted">No session planned.</p>
            ) : (
              <ul className="prep-list">
                {day(date).map((s) => (
                  <li key={s.id}>
                    <span>
                      {s.localStartTime}–{s.localEndTime} · <Link to={`/clients/${s.clientId}/preparation`}>{s.clientName}</Link> · {s.room}
                    </span>
                    <GateBadge session={s} />
                    {date === data.today && s.status !== 'cancelled' && (
                      <Link to={`/clients/${s.clientId}/planned-sessions/${s.id}`}>
                        Open session<span className="visually-hidden"> with {s.clientName}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
    </section>
  );
}
