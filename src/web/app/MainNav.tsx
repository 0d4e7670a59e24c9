import { NavLink } from 'react-router';
import { useNewRequestCount } from '../features/requests/requests.api';
import { FlagBadge } from '../features/safety-flags';
import { type Ability, can, seesAdministration } from '../kernel/access';
import { useUser } from '../kernel/session';

interface NavItem {
  to: string;
  label: string;
  allow?: Ability;
  end?: boolean;
}

const WORK: NavItem[] = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/clients', label: 'Clients', allow: can('seeClients') },
  { to: '/requests', label: 'Requests', allow: can('workRequests') },
  { to: '/clinical-settings', label: 'Clinical settings', allow: can('readClinicalSettings') },
  { to: '/account', label: 'Your account' },
];

const ADMIN: NavItem[] = [
  { to: '/staff', label: 'Staff', allow: can('manageStaff') },
  { to: '/practice', label: 'Practice settings', allow: can('changePracticeSettings') },
  { to: '/pages', label: 'Public pages', allow: can('editPages') },
  { to: '/consent-documents', label: 'Consent documents', allow: can('editPages') },
  { to: '/outbox', label: 'Outbox', allow: can('readOutbox') },
  { to: '/audit', label: 'Audit log', allow: can('browseAudit') },
];

function NewCount() {
  const count = useNewRequestCount();
  if (!count.data || count.data.new === 0) return null;
  return <span className="nav-count">{count.data.new} new</span>;
}

const CLINICAL = ['therapist', 'prescriber', 'co_facilitator'];

export function MainNav() {
  const user = useUser();
  // Only a clinician is ever on a care team, so only they are alerted to its flags.
  const alerted = user.roles.some((role) => CLINICAL.includes(role));
  const allowed = (item: NavItem) => !item.allow || item.allow(user);
  const link = (item: NavItem) => (
    <li key={item.to}>
      <NavLink to={item.to} end={item.end} className="nav-link">
        <span>{item.label}</span>
        {item.to === '/requests' && <NewCount />}
        {item.to === '/' && <FlagBadge enabled={alerted} />}
      </NavLink>
    </li>
  );
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="nav-list">{WORK.filter(allowed).map(link)}</ul>
      {seesAdministration(user) && (
        <>
          <p className="nav-group" id="nav-admin">
            Administration
          </p>
          <ul className="nav-list" aria-labelledby="nav-admin">
            {ADMIN.filter(allowed).map(link)}
          </ul>
        </>
      )}
    </nav>
  );
}
