import { Link } from 'react-router';
import { usePracticeTime } from '../../kernel/practice';
import { Glyph } from '../../ui/Glyph';
import type { ClientMedical } from './medical-types';

/**
 * The open safety flags, where the prescriber weighs clearance. The chart's one-line reminder is left off
 * this tab, so each flag shows once; reading and acknowledging it stays on the overview, with its cards.
 */
export function MedicalFlags({ clientId, flags }: { clientId: string; flags: ClientMedical['openSafetyFlags'] }) {
  const time = usePracticeTime();
  if (flags.length === 0) return null;
  return (
    <section className="card medical-flags" aria-labelledby="medical-flags-heading">
      <h3 id="medical-flags-heading" className="card-title">
        <Glyph shape="alert" /> {flags.length === 1 ? 'An open safety flag' : `${flags.length} open safety flags`}
      </h3>
      <ul className="medical-flag-list">
        {flags.map((flag) => (
          <li key={flag.id}>
            <p>
              <strong>
                {flag.urgency === 'urgent' ? 'Urgent' : 'Needs attention'} · {flag.kindLabel}
              </strong>
            </p>
            <p>{flag.summary}</p>
            <p className="record-meta">
              Raised <time dateTime={flag.raisedAt}>{time.dateTime(flag.raisedAt)}</time>, not acknowledged yet.
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/clients/${clientId}`}>Read and acknowledge on the overview</Link>
      </p>
    </section>
  );
}
