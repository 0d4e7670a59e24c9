import { Link } from 'react-router';
import { usePractice } from '../../../kernel/practice';
import { PageHeader } from '../../../ui/PageHeader';
import { ageOn, clientName, todayIn } from '../client-names';
import { PhaseBadge } from '../client-phase';
import type { Client } from '../client-types';

/** Who this is: the name they go by first, then their legal name, pronouns, age and where they are. */
export function ChartHeader({ client }: { client: Client }) {
  const timeZone = usePractice().data?.timeZone;
  const age = client.dateOfBirth ? ageOn(client.dateOfBirth, todayIn(timeZone)) : null;
  const facts = [
    client.preferredName.trim() ? `Legal name ${client.legalName}` : null,
    client.pronouns || null,
    age !== null && Number.isFinite(age) ? `${age} years old` : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <PageHeader
      title={clientName(client)}
      documentTitle="Client chart"
      above={
        <Link to="/clients" className="back-link">
          ← All clients
        </Link>
      }
      lead={
        <p className="chart-lead">
          {facts.map((fact) => (
            <span key={fact} className="chart-fact">
              {fact}
            </span>
          ))}
          <PhaseBadge phase={client.phase} />
        </p>
      }
    />
  );
}
