import { Link } from 'react-router';
import type { PlannedSessionView } from '../../../contracts/readiness.contracts';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatCalendarDate } from '../clients';

export function sessionWhen(s: Pick<PlannedSessionView, 'localDate' | 'localStartTime' | 'localEndTime'>): string {
  return `${formatCalendarDate(s.localDate)}, ${s.localStartTime}–${s.localEndTime}`;
}

export function GateBadge({ session }: { session: PlannedSessionView }) {
  const open = session.gate.unmet.length;
  return session.gate.holds ? (
    <StatusBadge label="Ready" tone="success" shape="check" />
  ) : (
    <StatusBadge label={`${open} ${open === 1 ? 'item' : 'items'} open`} tone="warning" shape="alert" />
  );
}

export function PlannedSessionsCard({ sessions }: { sessions: PlannedSessionView[] }) {
  return (
    <section className="card" aria-labelledby="planned-heading">
      <h3 id="planned-heading" className="card-title">
        Planned ketamine sessions
      </h3>
      <ul className="prep-list">
        {sessions.map((s) => (
          <li key={s.id}>
            <p className="prep-list-text">
              {sessionWhen(s)} · {s.room}
            </p>
            <p className="record-meta">
              {s.therapist.name}, {s.prescriber.name} ({s.prescriberPresence === 'on_call' ? 'on call' : 'in the room'})
              {s.coFacilitators.length > 0 ? `, ${s.coFacilitators.map((c) => c.name).join(', ')}` : ''}
            </p>
            {s.status === 'cancelled' ? <StatusBadge label="Cancelled" tone="muted" /> : <GateBadge session={s} />}
            {s.status !== 'cancelled' && (
              <p>
                <Link to={`/clients/${s.clientId}/planned-sessions/${s.id}`}>
                  {s.status === 'planned' ? 'Session day: readiness and the console' : 'Session console'}
                  <span className="visually-hidden"> for {sessionWhen(s)}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
