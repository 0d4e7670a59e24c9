import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Glyph } from '../../ui/Glyph';
import { Textarea } from '../../ui/Textarea';
import { type SafetyFlagView, useAcknowledgeFlag, useMarkSeenOnShow } from './safety-flags.api';

interface SafetyFlagCardProps {
  flag: SafetyFlagView;
  canAcknowledge: boolean;
  /** On the dashboard the client's name leads, as a link to their chart; on the chart the kind of flag does. */
  showClient: boolean;
  /** On the chart: showing the card is opening the flag, so it counts as seen by me and my badge for it goes. */
  marksSeen?: boolean;
}

function Urgency({ flag }: { flag: SafetyFlagView }) {
  const urgent = flag.urgency === 'urgent';
  return (
    <span className={urgent ? 'flag-urgency flag-urgency-urgent' : 'flag-urgency'}>
      <Glyph shape={urgent ? 'alert' : 'dot'} />
      {urgent ? 'Urgent' : 'Needs attention'}
    </span>
  );
}

function AcknowledgeForm({ flag, onCancel }: { flag: SafetyFlagView; onCancel: () => void }) {
  const acknowledge = useAcknowledgeFlag();
  const [note, setNote] = useState('');
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('textarea')?.focus(), []);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    acknowledge.mutate({ id: flag.id, note });
  };
  return (
    <form ref={ref} className="form form-compact flag-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary error={acknowledge.error} title="The flag was not acknowledged" />
      <Textarea
        name="note"
        id={`ack-note-${flag.id}`}
        label="Note"
        hint="What was done or decided: who spoke with them, the plan, when you will follow up."
        rows={3}
        value={note}
        error={fieldErrorsOf(acknowledge.error).note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <div className="button-row">
        <Button type="submit" busy={acknowledge.isPending} busyLabel="Acknowledging…">
          Acknowledge flag
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** One safety flag: urgency in words and shape, what raised it, and who acknowledged it with what note. */
export function SafetyFlagCard({ flag, canAcknowledge, showClient, marksSeen = false }: SafetyFlagCardProps) {
  const time = usePracticeTime();
  useMarkSeenOnShow(flag, marksSeen);
  const headingId = useId();
  const [acknowledging, setAcknowledging] = useState(false);
  const acknowledgement = flag.acknowledgement;
  const ackRef = useRef<HTMLDivElement>(null);
  // Once acknowledged here, the form gives way to who acknowledged it; focus follows so it is not lost.
  useEffect(() => {
    if (acknowledging && acknowledgement) ackRef.current?.focus();
  }, [acknowledging, acknowledgement]);
  const kind = flag.acknowledgement ? 'flag flag-acknowledged' : `flag flag-${flag.urgency}`;
  return (
    <article className={kind} aria-labelledby={headingId}>
      <div className="flag-head">
        {acknowledgement ? (
          <span className="flag-urgency">
            <Glyph shape="check" />
            Acknowledged
          </span>
        ) : (
          <Urgency flag={flag} />
        )}
        <h3 id={headingId} className="flag-title">
          {showClient ? <Link to={`/clients/${flag.clientId}`}>{flag.clientName}</Link> : flag.kindLabel}
        </h3>
      </div>
      {showClient && <p className="flag-kind">{flag.kindLabel}</p>}
      {showClient && !flag.seenByMe && (
        <p className="flag-unseen">
          <Glyph shape="dot" />
          Not opened by you yet: opening the chart marks it seen.
        </p>
      )}
      <p className="flag-summary">{flag.summary}</p>
      <p className="flag-meta">
        Raised {time.relative(flag.raisedAt)} · <time dateTime={flag.raisedAt}>{time.dateTime(flag.raisedAt)}</time>
        {acknowledgement && flag.urgency === 'urgent' ? ' · was marked urgent' : ''}
      </p>
      <div role="status" className="flag-ack" ref={ackRef} tabIndex={-1}>
        {acknowledgement && (
          <>
            <p className="flag-ack-by">
              <Glyph shape="check" />
              <span>
                Acknowledged by {acknowledgement.byName} · <time dateTime={acknowledgement.at}>{time.dateTime(acknowledgement.at)}</time>
              </span>
            </p>
            <p className="flag-ack-note">{acknowledgement.note}</p>
          </>
        )}
      </div>
      {!acknowledgement && canAcknowledge && !acknowledging && (
        <Button variant="secondary" onClick={() => setAcknowledging(true)}>
          Acknowledge
        </Button>
      )}
      {!acknowledgement && canAcknowledge && acknowledging && <AcknowledgeForm flag={flag} onCancel={() => setAcknowledging(false)} />}
    </article>
  );
}
