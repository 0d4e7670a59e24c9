import { Link } from 'react-router';
import { nameMidSentence } from '../../../domain/practice/placeholder-names';
import { formatDate } from '../../kernel/time';
import { PortalPrepLinks } from '../portal-prep';
import { minutesFor } from './measure-form';
import { PortalHeading } from './PortalHeading';
import type { PortalHome } from './portal.api';
import { usePortal, usePortalTitle } from './portal-context';

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function questionCount(count: number): string {
  return count === 1 ? '1 question' : `${count} questions`;
}

function Waiting({ assignments }: { assignments: PortalHome['assignments'] }) {
  return (
    <ul className="portal-cards">
      {assignments.map((assignment) => (
        <li key={assignment.id}>
          <Link to={`measures/${encodeURIComponent(assignment.id)}`} className="portal-card-link">
            <span className="portal-card-title">{assignment.title}</span>
            <span className="portal-card-meta">
              {assignment.instrumentId} · {questionCount(assignment.itemCount)} · {minutesFor(assignment.itemCount)}
            </span>
            {assignment.started && <span className="portal-card-meta">Started: your answers so far are saved.</span>}
            <span className="portal-card-go" aria-hidden="true">
              {assignment.started ? 'Continue' : 'Begin'}
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function NothingWaiting({ therapistName }: { therapistName: string | null }) {
  return (
    <div className="portal-empty">
      <p>Nothing is waiting for you right now — there is nothing you need to do.</p>
      <p>When {therapistName ?? 'your therapist'} asks you to fill something in, it will appear here.</p>
    </div>
  );
}

function AlreadySent({ completed }: { completed: PortalHome['completed'] }) {
  const { timeZone } = usePortal();
  return (
    <section className="portal-section" aria-labelledby="sent-heading">
      <h2 id="sent-heading" className="portal-section-title">
        Already sent
      </h2>
      <ul className="portal-sent">
        {completed.map((response) => (
          <li key={response.id}>
            <span className="portal-sent-title">{response.title}</span>
            <span className="portal-sent-date">
              Sent <time dateTime={response.completedAt}>{formatDate(response.completedAt, timeZone)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PortalHomePage() {
  const portal = usePortal();
  usePortalTitle('Your space');
  const waiting = portal.assignments.length;
  const who = portal.therapistName ?? 'Your therapist';
  const what = waiting === 1 ? 'a short questionnaire' : `${SMALL[waiting] ?? waiting} short questionnaires`;
  return (
    <>
      <PortalHeading>Hello, {portal.preferredName}</PortalHeading>
      <p className="portal-lead">
        This is your private space at {nameMidSentence(portal.practiceName)}. Only you and your care team see what you share here.
      </p>
      <section className="portal-section" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading" className="portal-section-title">
          Waiting for you
        </h2>
        {waiting > 0 ? (
          <>
            <p>
              {who} has asked you to fill in {what}. There are no right or wrong answers; choose what fits best, in your own time.
            </p>
            <Waiting assignments={portal.assignments} />
          </>
        ) : (
          <NothingWaiting therapistName={portal.therapistName} />
        )}
      </section>
      <PortalPrepLinks />
      {portal.completed.length > 0 && <AlreadySent completed={portal.completed} />}
    </>
  );
}
