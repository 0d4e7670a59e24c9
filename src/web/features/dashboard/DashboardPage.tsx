import { Link } from 'react-router';
import { nameMidSentence } from '../../../domain/practice/placeholder-names';
import { usePractice } from '../../kernel/practice';
import { useUser } from '../../kernel/session';
import { hourIn } from '../../kernel/time';
import { PageHeader } from '../../ui/PageHeader';
import { CoverageOffers } from '../coverage';
import { MailSetupCard } from '../mail';
import { DashboardSafetyFlags } from '../safety-flags';
import { PagesReminder } from './PagesReminder';
import { PlannedSessionsCard } from './PlannedSessionsCard';
import { QuickLinks } from './QuickLinks';
import { RequestsCard } from './RequestsCard';

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function DashboardPage() {
  const user = useUser();
  const practice = usePractice();
  // The name they chose to be greeted by; never the first word of a display name (that may be “Dr.”).
  const greetName = user.shortName ?? user.displayName;
  const intake = user.abilities.workRequests;
  const admin = user.abilities.editPages;
  const clinician = user.roles.some((role) => role === 'therapist' || role === 'prescriber' || role === 'co_facilitator');
  return (
    <>
      <PageHeader
        title={`${greeting(hourIn(practice.data?.timeZone))}, ${greetName}`}
        documentTitle="Dashboard"
        lead={practice.data ? `Here is what is waiting at ${nameMidSentence(practice.data.practiceName)}.` : undefined}
      />
      <DashboardSafetyFlags />
      <CoverageOffers user={user} />
      <div className="dashboard-grid">
        {user.abilities.setUpMail && <MailSetupCard place="dashboard" />}
        {clinician && <PlannedSessionsCard />}
        {intake && <RequestsCard />}
        {admin && <PagesReminder />}
        {!intake && !admin && (
          <section className="card" aria-labelledby="welcome-heading">
            <h2 id="welcome-heading" className="card-title">
              Welcome
            </h2>
            <p>
              The clients whose care team you are on are under <Link to="/clients">Clients</Link>. Safety flags for them appear at the top
              of this page.
            </p>
            <p className="muted">If you expected to see someone there, ask their therapist to add you to the care team.</p>
          </section>
        )}
        <QuickLinks />
      </div>
    </>
  );
}
