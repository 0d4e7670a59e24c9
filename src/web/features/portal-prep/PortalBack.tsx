import { Link } from 'react-router';

export function PortalBack({ to = '/portal', label = 'Back to your space' }: { to?: string; label?: string }) {
  return (
    <Link to={to} className="portal-back">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      {label}
    </Link>
  );
}
