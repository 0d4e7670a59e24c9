import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './audit.api';
import { VerifyChain } from './VerifyChain';

export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filters = { action: params.get('action') ?? '', recordId: params.get('recordId') ?? '' };
  const [draft, setDraft] = useState(filters);
  const log = useAuditLog(filters);
  const rows = log.data?.pages.flatMap((page) => page.rows) ?? [];
  const filtered = Boolean(filters.action || filters.recordId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.action.trim()) next.set('action', draft.action.trim());
    if (draft.recordId.trim()) next.set('recordId', draft.recordId.trim());
    setParams(next);
  };

  return (
    <>
      <PageHeader title="Audit log" lead="Every sign-in, change and read of a request, in order. Rows hold ids, never what anyone wrote." />
      <div className="audit-top">
        <form className="filters card" onSubmit={onSubmit} aria-labelledby="filter-heading">
          <h2 id="filter-heading" className="card-title">
            Filter
          </h2>
          <div className="filters-row">
            <TextField
              name="action"
              label="Action starts with"
              hint="Such as enquiry. or auth.sign_in"
              value={draft.action}
              onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value })}
            />
            <TextField
              name="recordId"
              label="Record id"
              hint="A request, user or invitation id"
              value={draft.recordId}
              onChange={(e) => setDraft({ ...draft, recordId: e.currentTarget.value })}
            />
          </div>
          <div className="button-row">
            <Button type="submit" variant="secondary">
              Apply filters
            </Button>
            {filtered && (
              <Link to="/audit" className="button button-quiet" onClick={() => setDraft({ action: '', recordId: '' })}>
                Clear filters
              </Link>
            )}
          </div>
        </form>
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
