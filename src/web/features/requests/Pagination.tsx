import { Link } from 'react-router';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  label: string;
}

export function Pagination({ page, pageSize, total, hrefFor, label }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination-summary">
        Showing {first}–{last} of {total.toLocaleString()}
      </p>
      {pages > 1 && (
        <ul className="pagination-links">
          <li>
            {page > 1 ? (
              <Link className="button button-secondary" to={hrefFor(page - 1)} rel="prev">
                Previous page
              </Link>
            ) : null}
          </li>
          <li className="pagination-position">
            Page {page} of {pages}
          </li>
          <li>
            {page < pages ? (
              <Link className="button button-secondary" to={hrefFor(page + 1)} rel="next">
                Next page
              </Link>
            ) : null}
          </li>
        </ul>
      )}
    </nav>
  );
}
