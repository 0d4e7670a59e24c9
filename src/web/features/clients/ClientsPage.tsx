import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../kernel/session';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { ClientFilters } from './ClientFilters';
import { ClientsTable } from './ClientsTable';
import { isClientPhase } from './client-phase';
import { type ClientFilters as Filters, useClients, useStaffDirectory } from './clients.api';

function filtersFrom(params: URLSearchParams): Filters {
  const phase = params.get('phase');
  const flagged = params.get('flagged');
  return {
    q: params.get('q') || undefined,
    phase: isClientPhase(phase) ? phase : undefined,
    therapistId: params.get('therapistId') || undefined,
    flagged: flagged === 'open' || flagged === 'urgent' ? flagged : undefined,
  };
}

function paramsFrom(filters: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export function ClientsPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const clients = useClients(filters);
  const directory = useStaffDirectory(user.abilities.chooseCareTeams);
  const therapists = directory.data?.staff.filter((person) => person.roles.includes('therapist'));
  const filtered = Boolean(filters.q || filters.phase || filters.therapistId || filters.flagged);
  const count = clients.data?.clients.length ?? 0;

  return (
    <>
      <PageHeader
        title="Clients"
        lead={
          user.abilities.seeEveryChart
            ? 'Every client of the practice. Anyone with an open safety flag comes first.'
            : 'The clients whose care team you are on. Anyone with an open safety flag comes first.'
        }
        actions={
          user.abilities.createClients && (
            <Link to="/clients/new" className="button button-primary">
              New client
            </Link>
          )
        }
      />
      <ClientFilters key={params.toString()} current={filters} therapists={therapists} onApply={(next) => setParams(paramsFrom(next))} />
      <section aria-labelledby="clients-heading" className="section">
        <h2 id="clients-heading" className="section-title">
          {clients.data ? `${count} ${count === 1 ? 'client' : 'clients'}${filtered ? ' found' : ''}` : 'Clients'}
        </h2>
        {clients.isPending && <Loading label="Loading clients…" />}
        {clients.isError && <LoadError error={clients.error} onRetry={() => clients.refetch()} />}
        {clients.data && count === 0 && (
          <EmptyState title={filtered ? 'Nobody matches' : 'No clients yet'} headingLevel={3}>
            <p>
              {filtered
                ? 'Try a shorter part of the name, or clear the filters.'
                : 'When a consultation request becomes a client, or someone adds a client, their chart appears here.'}
            </p>
          </EmptyState>
        )}
        {clients.data && count > 0 && <ClientsTable clients={clients.data.clients} caption="Clients" />}
      </section>
    </>
  );
}
