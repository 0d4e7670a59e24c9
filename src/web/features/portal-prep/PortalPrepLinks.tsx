import { Link } from 'react-router';
import { usePortalConsents } from './portal-prep.api';

const LINKS = [
  { to: 'session', title: 'Your next session', meta: 'When, what to expect and bring, and the checks for the day before' },
  { to: 'intentions', title: 'Your intentions', meta: 'What you hope for, in your words' },
  { to: 'toolkit', title: 'Your grounding toolkit', meta: 'Practices that help, and paced breathing' },
  { to: 'touch-and-support', title: 'Touch and support', meta: 'The touch, words and signals you agreed' },
  { to: 'safety-plan', title: 'Your safety plan', meta: 'Read or print it' },
] as const;

/** The preparation part of the portal home: consents first when any wait, then the rest. */
export function PortalPrepLinks() {
  const consents = usePortalConsents();
  const toSign = consents.data?.toSign.length ?? 0;
  return (
    <section className="portal-section" aria-labelledby="preparing-heading">
      <h2 id="preparing-heading" className="portal-section-title">
        Getting ready
      </h2>
      <ul className="portal-cards">
        <li>
          <Link to="consents" className="portal-card-link">
            <span className="portal-card-title">Consents</span>
            <span className="portal-card-meta">{toSign > 0 ? `${toSign} to read and sign` : 'Nothing waiting to be signed'}</span>
          </Link>
        </li>
        {LINKS.map((l) => (
          <li key={l.to}>
            <Link to={l.to} className="portal-card-link">
              <span className="portal-card-title">{l.title}</span>
              <span className="portal-card-meta">{l.meta}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
