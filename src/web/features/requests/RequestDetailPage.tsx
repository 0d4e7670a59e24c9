import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { NotFoundPage } from '../../app/NotFoundPage';
import { usePracticeTime } from '../../kernel/practice';
import { useUser } from '../../kernel/session';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { ContactCard } from './ContactCard';
import { HistoryTimeline } from './HistoryTimeline';
import { NotesSection } from './NotesSection';
import { FindChartCard, OpenChartCard } from './OpenChartCard';
import { RequestStatusBadge } from './request-status';
import { useRequest } from './requests.api';
import { StatusChangeForm } from './StatusChangeForm';
import { TheirWords } from './TheirWords';

const back = (
  <Link to="/requests" className="back-link">
    ← All requests
  </Link>
);

export function RequestDetailPage() {
  const { id = '' } = useParams();
  const request = useRequest(id);
  const time = usePracticeTime();
  const user = useUser();

  // A malformed id (400) or one this account may not see (404) look the same: not found.
  if (isApiError(request.error, 404) || isApiError(request.error, 400)) return <NotFoundPage />;
  if (!request.data) {
    return (
      <>
        <PageHeader title="Consultation request" above={back} />
        {request.isError ? <LoadError error={request.error} onRetry={() => request.refetch()} /> : <Loading label="Loading the request…" />}
      </>
    );
  }
  const detail = request.data;
  return (
    <>
      <PageHeader
        title={detail.name}
        documentTitle="Consultation request"
        above={back}
        lead={
          <p className="request-lead">
            <RequestStatusBadge status={detail.status} />
            <span>
              Received {time.relative(detail.receivedAt)} · <time dateTime={detail.receivedAt}>{time.dateTime(detail.receivedAt)}</time>
            </span>
          </p>
        }
      />
      <div className="detail-grid">
        <div className="detail-main">
          <TheirWords request={detail} />
          <NotesSection request={detail} />
        </div>
        <div className="detail-side">
          {user.abilities.createClients && detail.nextStatuses.includes('became_client') && <OpenChartCard request={detail} />}
          {user.abilities.seeClients && detail.status === 'became_client' && <FindChartCard request={detail} />}
          <ContactCard request={detail} />
          <StatusChangeForm request={detail} />
          <HistoryTimeline request={detail} />
        </div>
      </div>
    </>
  );
}
