import { usePracticeTime } from '../../../kernel/practice';
import { LoadError, Loading } from '../../../ui/LoadState';
import type { Client } from '../client-types';
import { useOriginalRequest } from '../clients.api';

/** What the person wrote when they first asked, in their own words and unchanged: the start of the story. */
export function OriginalRequestCard({ client }: { client: Client }) {
  const time = usePracticeTime();
  const original = useOriginalRequest(client.id, client.enquiryId !== null);
  if (client.enquiryId === null) return null;
  const request = original.data?.request;
  return (
    <section className="card" aria-labelledby="original-request-heading">
      <h2 id="original-request-heading" className="card-title">
        Their original request
      </h2>
      {original.isPending && <Loading label="Loading the request…" />}
      {original.isError && <LoadError error={original.error} onRetry={() => original.refetch()} />}
      {original.data && !request && <p className="muted">The request this chart came from is no longer on record.</p>}
      {request && (
        <>
          <p className="small muted">Sent {time.dateTime(request.receivedAt)}, in their own words. It stays as it arrived.</p>
          <dl className="facts facts-wide">
            <div>
              <dt>What brings them</dt>
              <dd className="original-request-text">{request.reason || '—'}</dd>
            </div>
            <div>
              <dt>Times that suit them</dt>
              <dd>{request.preferredTimes || '—'}</dd>
            </div>
            <div>
              <dt>How they heard of us</dt>
              <dd>{request.heardAbout || '—'}</dd>
            </div>
            <div>
              <dt>Contact by</dt>
              <dd>{request.preferredContact === 'phone' ? 'Phone' : 'Email'}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
