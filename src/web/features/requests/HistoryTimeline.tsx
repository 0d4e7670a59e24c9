import type { EnquiryDetail } from '../../api/types';
import { TimelineEntry } from '../../ui/TimelineEntry';
import { STATUS_LABELS } from './request-status';

/** Oldest first, starting with the moment the request arrived. */
export function HistoryTimeline({ request }: { request: EnquiryDetail }) {
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" className="card-title">
        History
      </h2>
      <ol className="timeline">
        <TimelineEntry what="Request received from the website" at={request.receivedAt} />
        {request.history.map((change) => (
          <TimelineEntry
            key={change.id}
            what={
              <>
                {STATUS_LABELS[change.from]} → <strong>{STATUS_LABELS[change.to]}</strong>
              </>
            }
            reason={change.reason}
            by={change.changedByName}
            at={change.changedAt}
          />
        ))}
      </ol>
    </section>
  );
}
