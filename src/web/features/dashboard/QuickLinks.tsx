import { Link } from 'react-router';
import { useUser } from '../../kernel/session';

type QuickLink = { label: string; text: string } & ({ to: string } | { href: string });

export function QuickLinks() {
  const user = useUser();
  const links: QuickLink[] = [
    user.abilities.seeClients && { to: '/clients', label: 'Clients', text: 'The charts of the clients on your care teams' },
    user.abilities.workRequests && { to: '/requests', label: 'Request queue', text: 'Every open consultation request' },
    user.abilities.manageStaff && { to: '/staff', label: 'Invite staff', text: 'Add a therapist, prescriber or co-facilitator' },
    user.abilities.changePracticeSettings && { to: '/practice', label: 'Practice settings', text: 'Name, contact details, time zone' },
    user.abilities.browseAudit && { to: '/audit', label: 'Audit log', text: 'Who did what, and when' },
    { href: '/', label: 'The public website', text: 'What visitors see' },
  ].filter((link): link is QuickLink => link !== false);
  return (
    <section className="card" aria-labelledby="quick-links-heading">
      <h2 id="quick-links-heading" className="card-title">
        Quick links
      </h2>
      <ul className="quick-links">
        {links.map((link) => (
          <li key={link.label}>
            {'to' in link ? <Link to={link.to}>{link.label}</Link> : <a href={link.href}>{link.label}</a>}
            <span className="muted small">{link.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
