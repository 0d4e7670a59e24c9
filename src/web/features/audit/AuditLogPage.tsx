import { useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { FILTER_NAMES, type AuditFilters as Filters, useAuditLog } from './audit.api';
import { VerifyChain } from './VerifyChain';

export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? ''])) as unknown as Filters;
  const log = useAuditLog(filters);
  const rows = log.data?.pages.flatMap((page) => page.rows) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    for (const name of FILTER_NAMES) if (next[name]) search.set(name, next[name]);
    setParams(search);
  };

  return (
    <>
      <PageHeader title="Audit log" lead="Every sign-in, change and read of a request, in order. Rows hold ids, never what anyone wrote." />
      <div className="audit-top">
        <AuditFilters filters={filters} onApply={apply} />
        <VerifyChain />
      </div>
      <section className="section" aria-labelledby="rows-heading">
        <h2 id="rows-heading" className="section-title">
          {filtered ? 'Matching rows' : 'All rows'}, newest first
        </h2>
        {log.isPending && <Loading />}
        {log.isError && <LoadError error={log.error} onRetry={() => log.refetch()} />}
        {log.data && rows.length === 0 && <EmptyState title="No rows match" headingLevel={3} />}
        {rows.length > 0 && <AuditTable rows={rows} />}
        {log.hasNextPage && (
          <p className="load-more">
            <Button variant="secondary" busy={log.isFetchingNextPage} busyLabel="Loading older rows…" onClick={() => log.fetchNextPage()}>
              Load older
            </Button>
          </p>
        )}
        {log.data && !log.hasNextPage && rows.length > 0 && <p className="muted small">That is the beginning of the log.</p>}
      </section>
    </>
  );
}
