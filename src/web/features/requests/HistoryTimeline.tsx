import type { EnquiryDetail } from '../../api/types';
import { usePracticeTime } from '../../app/practice';
import { STATUS_LABELS } from './request-status';

/** Oldest first, starting with the moment the request arrived. */
export function HistoryTimeline({ request }: { request: EnquiryDetail }) {
  const time = usePracticeTime();
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" className="card-title">
        History
      </h2>
      <ol className="timeline">
        <li className="timeline-item">
          <p className="timeline-what">Request received from the website</p>
          <p className="timeline-meta">
            <time dateTime={request.receivedAt}>{time.dateTime(request.receivedAt)}</time>
          </p>
        </li>
        {request.history.map((change) => (
          <li key={change.id} className="timeline-item">
            <p className="timeline-what">
              {STATUS_LABELS[change.from]} → <strong>{STATUS_LABELS[change.to]}</strong>
            </p>
            {change.reason && <p className="timeline-reason">“{change.reason}”</p>}
            <p className="timeline-meta">
              {change.changedByName} · <time dateTime={change.changedAt}>{time.dateTime(change.changedAt)}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
