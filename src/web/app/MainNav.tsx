import { NavLink } from 'react-router';
import { useNewRequestCount } from '../features/requests/requests.api';
import { type Ability, can } from './access';
import { useUser } from './session';

interface NavItem {
  to: string;
  label: string;
  allow?: Ability;
  end?: boolean;
}

const WORK: NavItem[] = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/clients', label: 'Clients', allow: can.seeClients },
  { to: '/requests', label: 'Requests', allow: can.workRequests },
  { to: '/clinical-settings', label: 'Clinical settings', allow: can.readClinicalSettings },
];

const ADMIN: NavItem[] = [
  { to: '/staff', label: 'Staff' },
  { to: '/practice', label: 'Practice settings' },
  { to: '/pages', label: 'Public pages' },
  { to: '/consent-documents', label: 'Consent documents' },
  { to: '/outbox', label: 'Outbox' },
  { to: '/audit', label: 'Audit log' },
];

function NewCount() {
  const count = useNewRequestCount();
  if (!count.data || count.data.new === 0) return null;
  return <span className="nav-count">{count.data.new} new</span>;
}

export function MainNav() {
  const user = useUser();
  const link = (item: NavItem) => (
    <li key={item.to}>
      <NavLink to={item.to} end={item.end} className="nav-link">
        <span>{item.label}</span>
        {item.to === '/requests' && <NewCount />}
      </NavLink>
    </li>
  );
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="nav-list">{WORK.filter((item) => !item.allow || item.allow(user)).map(link)}</ul>
      {can.administer(user) && (
        <>
          <p className="nav-group" id="nav-admin">
            Administration
          </p>
          <ul className="nav-list" aria-labelledby="nav-admin">
            {ADMIN.map(link)}
          </ul>
        </>
      )}
    </nav>
  );
}
