import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

/** Also what someone sees for a screen their roles do not open: it does not say whether it exists. */
export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" lead="We could not find that page. It may have moved, or it may not be open to your account." />
      <p>
        <Link to="/">Go to your dashboard</Link>
      </p>
    </>
  );
}
