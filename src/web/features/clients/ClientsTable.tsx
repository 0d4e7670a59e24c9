import { Link } from 'react-router';
import { usePracticeTime } from '../../kernel/practice';
import { StatusBadge } from '../../ui/StatusBadge';
import { Table } from '../../ui/Table';
import { clientName } from './client-names';
import { PhaseBadge } from './client-phase';
import type { ClientSummary } from './client-types';

function Flags({ flags }: { flags: ClientSummary['flags'] }) {
  if (flags.open === 0)
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">None open</span>
      </span>
    );
  const high = flags.open - flags.urgent;
  return (
    <span className="stack">
      {flags.urgent > 0 && <StatusBadge tone="danger" shape="alert" label={`${flags.urgent} urgent`} />}
      {high > 0 && <StatusBadge tone="warning" shape="dot" label={`${high} needs attention`} />}
    </span>
  );
}

function careTeamLine(client: ClientSummary): string {
  const byRole = (role: string) => client.careTeam.filter((m) => m.role === role).map((m) => m.displayName);
  return [...byRole('therapist'), ...byRole('prescriber')].join(' · ') || 'No care team yet';
}

export function ClientsTable({ clients, caption }: { clients: ClientSummary[]; caption: string }) {
  const time = usePracticeTime();
  return (
    <Table
      caption={caption}
      hideCaption
      className="clients-table"
      head={
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Phase</th>
          <th scope="col">Safety flags</th>
          <th scope="col">Care team</th>
          <th scope="col">Last measure</th>
        </tr>
      }
    >
      {clients.map((client) => (
        <tr key={client.id} className={client.flags.open > 0 ? 'row-flagged' : undefined}>
          <th scope="row" className="cell-name">
            <span className="stack">
              <Link to={`/clients/${client.id}`}>{clientName(client)}</Link>
              <span className="muted small">
                {client.preferredName.trim() ? client.legalName : ''}
                {client.preferredName.trim() && client.pronouns ? ' · ' : ''}
                {client.pronouns}
              </span>
            </span>
          </th>
          <td>
            <PhaseBadge phase={client.phase} />
          </td>
          <td className={client.flags.open === 0 ? 'cell-no-flags' : undefined}>
            <Flags flags={client.flags} />
          </td>
          <td className="small">{careTeamLine(client)}</td>
          <td>
            {client.lastMeasureAt ? (
              <time dateTime={client.lastMeasureAt} className="time-stack">
                <span>{time.relative(client.lastMeasureAt)}</span>
                <span className="muted small">{time.shortDate(client.lastMeasureAt)}</span>
              </time>
            ) : (
              <span className="muted">None yet</span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
