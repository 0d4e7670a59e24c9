import { NavLink } from 'react-router';

const SECTIONS = [
  { path: '', label: 'Overview' },
  { path: 'consultation', label: 'Consultation' },
  { path: 'measures', label: 'Measures' },
  { path: 'medical', label: 'Medical' },
  { path: 'preparation', label: 'Preparation' },
  { path: 'flags', label: 'Safety flags' },
] as const;

/** Each section is its own address, so a link (from a flag, say) can open it and the back button works. */
export function ChartNav({ clientId }: { clientId: string }) {
  const base = `/clients/${clientId}`;
  return (
    <nav className="chart-nav" aria-label="Chart sections">
      <ul className="chart-nav-list">
        {SECTIONS.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path ? `${base}/${section.path}` : base} end className="chart-nav-link">
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
