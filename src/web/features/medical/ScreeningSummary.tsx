import { usePracticeTime } from '../../kernel/practice';
import { StatusBadge } from '../../ui/StatusBadge';
import type { ClientMedical } from './medical-types';

/** What anyone reading the chart should know from the screening: items answered yes or unknown, names only. */
export function ScreeningSummary({ medical }: { medical: ClientMedical }) {
  const time = usePracticeTime();
  const last = medical.screenings[0];
  return (
    <section className="card" aria-labelledby="attention-heading">
      <h3 id="attention-heading" className="card-title">
        Items that need attention
      </h3>
      {!last ? (
        <p className="muted">The prescriber has not recorded the medical screening yet.</p>
      ) : (
        <>
          <p className="muted small">
            From the screening by {last.prescriberName}, {time.dateTime(last.recordedAt)}.
          </p>
          {last.concerns.length === 0 ? (
            <p>None: every item on the checklist was answered “No”.</p>
          ) : (
            <ul className="attention-list">
              {last.concerns.map((concern) => (
                <li key={concern.code}>
                  <span>{concern.label}</span>
                  {concern.answer === 'yes' ? (
                    <StatusBadge tone="warning" shape="alert" label="Yes" />
                  ) : (
                    <StatusBadge tone="neutral" shape="half" label="Unknown" />
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {medical.view === 'summary' && (
        <p className="small muted">
          The prescriber’s notes on each item are visible to the prescriber only. Anything the whole team needs is in the clearance’s
          conditions.
        </p>
      )}
    </section>
  );
}
