import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { Pagination } from './Pagination';
import { RequestsTable } from './RequestsTable';
import { type QueueFilter, useRequestQueue } from './requests.api';
import { FILTERS, isQueueFilter, StatusFilter } from './StatusFilter';

const EMPTY: Partial<Record<QueueFilter, string>> = {
  open: 'Every request has been answered. New ones from the website will appear here.',
  new: 'Nobody is waiting for a first reply.',
};

function hrefFor(status: QueueFilter, page: number): string {
  const params = new URLSearchParams();
  if (status !== 'open') params.set('status', status);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `/requests?${text}` : '/requests';
}

export function RequestsPage() {
  const [params] = useSearchParams();
  const raw = params.get('status');
  const status: QueueFilter = isQueueFilter(raw) ? raw : 'open';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const queue = useRequestQueue(status, page);
  const label = FILTERS.find((filter) => filter.value === status)?.label ?? 'Open';

  return (
    <>
      <PageHeader title="Requests" lead="Consultation requests from the practice’s website. The newest unanswered ones come first." />
      <StatusFilter current={status} counts={queue.data?.counts} />
      <section aria-labelledby="queue-heading" className="section">
        <h2 id="queue-heading" className="section-title">
          {label} requests
        </h2>
        {queue.isPending && <Loading label="Loading requests…" />}
        {queue.isError && <LoadError error={queue.error} onRetry={() => queue.refetch()} />}
        {queue.data && queue.data.enquiries.length === 0 && (
          <EmptyState title="No requests here" headingLevel={3}>
            <p>{EMPTY[status] ?? `There are no requests with the status “${label}”.`}</p>
          </EmptyState>
        )}
        {queue.data && queue.data.enquiries.length > 0 && (
          <>
            <RequestsTable requests={queue.data.enquiries} caption={`${label} requests`} />
            <Pagination
              page={queue.data.page}
              pageSize={queue.data.pageSize}
              total={queue.data.total}
              hrefFor={(p) => hrefFor(status, p)}
              label="Request pages"
            />
          </>
        )}
      </section>
    </>
  );
}
