import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { PlannedSessionView } from '../../../contracts/readiness.contracts';
import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { StatusBadge } from '../../ui/StatusBadge';
import { Textarea } from '../../ui/Textarea';
import { formatCalendarDate } from '../clients';
import { useCancelSession } from './preparation.api';

export function sessionWhen(s: Pick<PlannedSessionView, 'localDate' | 'localStartTime' | 'localEndTime'>): string {
  return `${formatCalendarDate(s.localDate)}, ${s.localStartTime}–${s.localEndTime}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The gate in one badge, overrides included: an override is never hidden behind "Ready". */
export function GateBadge({ session }: { session: PlannedSessionView }) {
  const open = session.gate.unmet.length;
  const overridden = session.gate.items.filter((i) => i.state === 'overridden').length;
  const also = overridden > 0 ? `, ${overridden} overridden` : '';
  return session.gate.holds ? (
    <StatusBadge label={`Ready${also}`} tone={overridden > 0 ? 'warning' : 'success'} shape="check" />
  ) : (
    <StatusBadge label={`${plural(open, 'item', 'items')} open${also}`} tone="warning" shape="alert" />
  );
}

function CancelForm({ clientId, session }: { clientId: string; session: PlannedSessionView }) {
  const cancel = useCancelSession(clientId);
  const [reason, setReason] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const isOpen = reason !== null;
  useEffect(() => {
    if (isOpen) form.current?.querySelector('textarea')?.focus();
  }, [isOpen]);
  if (reason === null) {
    return (
      <Button ref={opener} small variant="quiet" onClick={() => setReason('')}>
        Cancel this session<span className="visually-hidden">, {sessionWhen(session)}</span>
      </Button>
    );
  }
  const close = () => {
    setReason(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate({ id: session.id, reason }, { onSuccess: () => setReason(null) });
  };
  return (
    <form
      ref={form}
      className="form form-compact"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Cancel the session of ${sessionWhen(session)}`}
    >
      <ErrorSummary error={cancel.error} title="The session was not canceled" fields={{ reason: 'Reason' }} />
      <Textarea
        name="reason"
        id={`cancel-reason-${session.id}`}
        label="Reason for canceling"
        hint="It stays on the chart. The people and the room are free again for other sessions."
        rows={2}
        value={reason}
        error={fieldErrorsOf(cancel.error).reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" small busy={cancel.isPending} busyLabel="Canceling…">
          Cancel the session
        </Button>
        <Button small variant="quiet" onClick={close}>
          Keep it
        </Button>
      </div>
    </form>
  );
}

function Cancellation({ session }: { session: PlannedSessionView }) {
  const timeZone = usePractice().data?.timeZone;
  const c = session.cancellation;
  return (
    <>
      <StatusBadge label="Canceled" tone="muted" />
      {c && (
        <p className="record-meta">
          Canceled by {c.byName}, {formatDateTime(c.at, timeZone)}: “{c.reason}”
        </p>
      )}
    </>
  );
}

interface CardProps {
  clientId: string;
  sessions: PlannedSessionView[];
  canCancel: boolean;
}

export function PlannedSessionsCard({ clientId, sessions, canCancel }: CardProps) {
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
            {s.status === 'cancelled' ? <Cancellation session={s} /> : <GateBadge session={s} />}
            {s.status !== 'cancelled' && (
              <p>
                <Link to={`/clients/${s.clientId}/planned-sessions/${s.id}`}>
                  {s.status === 'planned' ? 'Session day: readiness and the console' : 'Session console'}
                  <span className="visually-hidden"> for {sessionWhen(s)}</span>
                </Link>
              </p>
            )}
            {canCancel && s.status === 'planned' && <CancelForm clientId={clientId} session={s} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
