import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { LoadError, Loading } from '../../ui/LoadState';
import { MeasureForm } from './MeasureForm';
import { MeasureSent } from './MeasureSent';
import { PortalHeading } from './PortalHeading';
import { usePortalAssignment, useSendAnswers } from './portal.api';
import { usePortalTitle } from './portal-context';

function BackHome() {
  return (
    <Link to="/portal" className="portal-back">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      Back to your space
    </Link>
  );
}

function NotWaiting({ message }: { message: string }) {
  usePortalTitle('Questionnaire');
  return (
    <>
      <PortalHeading>This questionnaire is not open</PortalHeading>
      <p>{message}</p>
      <p>
        <Link to="/portal" className="portal-button portal-button-secondary">
          Back to your space
        </Link>
      </p>
    </>
  );
}

export function PortalMeasurePage() {
  const { id = '' } = useParams();
  const send = useSendAnswers(id);
  const assignment = usePortalAssignment(id, !send.data);
  if (send.data) return <MeasureSent result={send.data} />;
  if (isApiError(assignment.error, 404)) return <NotWaiting message={assignment.error.message} />;
  if (assignment.isError) {
    return (
      <>
        <BackHome />
        <PortalHeading>Questionnaire</PortalHeading>
        <LoadError error={assignment.error} onRetry={() => assignment.refetch()} />
      </>
    );
  }
  if (assignment.isPending) return <Loading label="Opening the questionnaire…" />;
  return (
    <>
      <BackHome />
      <MeasureForm assignment={assignment.data} send={send} />
    </>
  );
}
