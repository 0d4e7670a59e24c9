import { Link } from 'react-router';
import { STATUS_LABELS } from './request-status';
import type { QueueFilter } from './requests.api';

export const FILTERS: { value: QueueFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'new', label: STATUS_LABELS.new },
  { value: 'contacted', label: STATUS_LABELS.contacted },
  { value: 'consultation_scheduled', label: STATUS_LABELS.consultation_scheduled },
  { value: 'became_client', label: STATUS_LABELS.became_client },
  { value: 'declined', label: STATUS_LABELS.declined },
  { value: 'closed', label: STATUS_LABELS.closed },
  { value: 'all', label: 'All' },
];

export function isQueueFilter(value: string | null): value is QueueFilter {
  return FILTERS.some((filter) => filter.value === value);
}

/** Links, not tabs: each filter is its own address, so the back button and bookmarks work. */
export function StatusFilter({ current, counts }: { current: QueueFilter; counts: Record<string, number> | undefined }) {
  return (
    <nav className="filter-bar" aria-label="Requests by status">
      <ul className="filter-list">
        {FILTERS.map((filter) => (
          <li key={filter.value}>
            <Link
              to={filter.value === 'open' ? '/requests' : `/requests?status=${filter.value}`}
              className="filter-link"
              aria-current={filter.value === current ? 'page' : undefined}
            >
              {filter.label}
              {counts && <span className="filter-count">{counts[filter.value] ?? 0}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
