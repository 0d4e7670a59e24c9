import { Link } from 'react-router';
import type { CurrentUser } from '../../api/types';
import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';
import { useCoverageOffers } from './coverage.api';

const CLINICAL = ['therapist', 'prescriber', 'co_facilitator'];

/** Open safety flags elsewhere in the practice, on charts I could open by coverage if I am covering. */
export function CoverageOffers({ user }: { user: CurrentUser }) {
  const clinician = user.roles.some((role) => CLINICAL.includes(role));
  const offers = useCoverageOffers(clinician);
  const practice = usePractice();
  if (!clinician || !offers.data || offers.data.offers.length === 0) return null;
  return (
    <section className="card" aria-labelledby="coverage-offers-heading">
      <h2 id="coverage-offers-heading" className="card-title">
        Open safety flags elsewhere in the practice
      </h2>
      <p className="muted">These clients are not on your care teams. If you are covering, you can open a chart for a few hours.</p>
      <ul>
        {offers.data.offers.map((offer) => (
          <li key={offer.flagId}>
            <Link to={`/clients/${offer.clientId}`}>{offer.clientName}</Link> — {offer.urgency === 'urgent' ? 'urgent' : 'high'}, raised{' '}
            {formatDateTime(offer.raisedAt, practice.data?.timeZone)}
          </li>
        ))}
      </ul>
    </section>
  );
}
