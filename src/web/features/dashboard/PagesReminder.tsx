import { Link } from 'react-router';
import { Notice } from '../../ui/Notice';
import { usePublicPages } from '../public-pages';

/** Until someone has read each public page, the site speaks in Holdspace's default words, not the practice's. */
export function PagesReminder() {
  const pages = usePublicPages();
  const defaults = pages.data?.pages.filter((page) => page.isDefault) ?? [];
  if (defaults.length === 0) return null;
  return (
    <section className="dashboard-wide" aria-label="Public pages to review">
      <Notice tone="warning" title="Review your public pages before publishing">
        <p>
          {defaults.length === 1
            ? 'One public page still shows'
            : `${defaults.length} of ${pages.data?.pages.length} public pages still show`}{' '}
          Holdspace’s default text. Please read {defaults.length === 1 ? 'it' : 'them'} and make the words your practice’s own before
          sharing the site.
        </p>
        <p>
          <Link to="/pages">Review the public pages</Link>
        </p>
      </Notice>
    </section>
  );
}
