import { Link } from 'react-router';
import { PortalHeading } from './PortalHeading';

/** An address inside the portal that leads nowhere: a kind way back. */
export function PortalNotFound() {
  return (
    <div className="portal-empty">
      <PortalHeading>We could not find that page</PortalHeading>
      <p>The link may be old, or the questionnaire may already have been sent.</p>
      <p>
        <Link to="/portal">Back to your space</Link>
      </p>
    </div>
  );
}
