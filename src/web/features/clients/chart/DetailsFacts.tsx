import type { ReactNode } from 'react';
import { usePractice } from '../../../kernel/practice';
import { ageOn, formatCalendarDate, todayIn } from '../client-names';
import type { Client } from '../client-types';

const notGiven = <span className="muted">Not given</span>;

function Phone({ number }: { number: string | null }) {
  if (!number) return null;
  return <a href={`tel:${number.replace(/[^+0-9]/g, '')}`}>{number}</a>;
}

function Person({ name, relationship, phone }: { name: string; relationship: string; phone: string }) {
  if (!name && !phone) return notGiven;
  return (
    <span className="stack">
      <span>
        {name || 'Name not given'}
        {relationship ? <span className="muted"> · {relationship}</span> : null}
      </span>
      <Phone number={phone} />
    </span>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DetailsFacts({ client }: { client: Client }) {
  const timeZone = usePractice().data?.timeZone;
  const { dateOfBirth } = client;
  return (
    <dl className="facts facts-wide">
      <Fact term="Preferred name">{client.preferredName || notGiven}</Fact>
      <Fact term="Legal name">{client.legalName}</Fact>
      <Fact term="Pronouns">{client.pronouns || notGiven}</Fact>
      <Fact term="Date of birth">
        {dateOfBirth ? `${formatCalendarDate(dateOfBirth)} (${ageOn(dateOfBirth, todayIn(timeZone))} years old)` : notGiven}
      </Fact>
      <Fact term="Email">{client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : notGiven}</Fact>
      <Fact term="Phone">{client.phone ? <Phone number={client.phone} /> : notGiven}</Fact>
      <Fact term="Address">{client.address ? <span className="pre-line">{client.address}</span> : notGiven}</Fact>
      <Fact term="Emergency contact">
        <Person
          name={client.emergencyContactName}
          relationship={client.emergencyContactRelationship}
          phone={client.emergencyContactPhone}
        />
      </Fact>
      <Fact term="Support person">
        <Person name={client.supportPersonName} relationship={client.supportPersonRelationship} phone={client.supportPersonPhone} />
      </Fact>
    </dl>
  );
}
