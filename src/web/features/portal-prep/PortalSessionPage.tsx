import { useState } from 'react';
import type { PortalNextSessionView } from '../../../contracts/readiness.contracts';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { formatCalendarDate } from '../clients';
import { PortalHeading, usePortalTitle } from '../portal';
import { PortalBack } from './PortalBack';
import { usePortalConfirmReadiness, usePortalNextSession } from './portal-prep.api';

type Session = NonNullable<PortalNextSessionView['session']>;

function ReadinessChecks({ session }: { session: Session }) {
  const confirm = usePortalConfirmReadiness(session.id);
  const open = session.readiness.filter((r) => !r.confirmation);
  const [chosen, setChosen] = useState<string[]>([]);
  if (open.length === 0) {
    return <p role="status">Thank you — every check is confirmed. See you on the day.</p>;
  }
  if (!session.canConfirmNow) {
    return <p>You can confirm these from {formatCalendarDate(session.canConfirmFrom)}, the day before.</p>;
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate(chosen, { onSuccess: () => setChosen([]) });
      }}
    >
      <ErrorSummary error={confirm.error} title="Not confirmed yet" />
      <fieldset className="field fieldset">
        <legend className="field-label">I confirm that</legend>
        {open.map((r) => (
          <div className="checkbox portal-check" key={r.item}>
            <input
              type="checkbox"
              className="checkbox-input"
              id={`check-${r.item}`}
              checked={chosen.includes(r.item)}
              onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, r.item] : chosen.filter((c) => c !== r.item))}
            />
            <label htmlFor={`check-${r.item}`} className="checkbox-label">
              {r.label}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="portal-button portal-button-primary" disabled={confirm.isPending}>
        {confirm.isPending ? 'Confirming…' : 'Confirm'}
      </button>
    </form>
  );
}

export function PortalSessionPage() {
  usePortalTitle('Your next session');
  const next = usePortalNextSession();
  const data = next.data;
  const s = data?.session;
  return (
    <>
      <PortalBack />
      <PortalHeading>Your next session</PortalHeading>
      {next.isPending && <Loading label="Loading your session…" />}
      {next.isError && <LoadError error={next.error} onRetry={() => next.refetch()} />}
      {data && !s && <p>No ketamine session is planned yet. Your therapist will plan it with you.</p>}
      {s && (
        <>
          <p className="portal-lead">
            {formatCalendarDate(s.localDate)}, {s.localStartTime} to about {s.localEndTime}, with {s.therapistName}
            {s.room ? `, in ${s.room}` : ''}.
          </p>
          <section className="portal-section" aria-labelledby="checks-heading">
            <h2 id="checks-heading" className="portal-section-title">
              The day before
            </h2>
            <p>
              Please have nothing to eat for {data.fasting.foodHours} hours before, and nothing to drink for {data.fasting.liquidsMinutes}{' '}
              minutes before, unless your prescriber told you otherwise.
            </p>
            <ReadinessChecks session={s} />
          </section>
        </>
      )}
      {data && (
        <>
          <section className="portal-section" aria-labelledby="expect-heading">
            <h2 id="expect-heading" className="portal-section-title">
              What to expect
            </h2>
            <ul className="portal-list">
              {data.whatToExpect.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section className="portal-section" aria-labelledby="bring-heading">
            <h2 id="bring-heading" className="portal-section-title">
              What to bring
            </h2>
            <ul className="portal-list">
              {data.whatToBring.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
