import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { nameMidSentence } from '../../../domain/practice/placeholder-names';
import { CrisisResources } from './CrisisResources';
import type { SubmitResult } from './portal.api';
import { usePortal, usePortalTitle } from './portal-context';

/** After sending: thanks, and the crisis resources first when an answer raised a flag. Never a score. */
export function MeasureSent({ result }: { result: SubmitResult }) {
  const portal = usePortal();
  usePortalTitle('Answers sent');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="portal-sent-view">
      <h1 ref={heading} className="portal-title" tabIndex={-1}>
        Your answers are sent
      </h1>
      {result.showCrisisResources && <CrisisResources crisis={result.crisis} careTeamAlert={result.careTeamAlert} />}
      <div className="portal-thanks">
        <svg className="portal-thanks-mark" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M7.5 12.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <p>Thank you, your answers have reached {nameMidSentence(portal.practiceName)}. Your therapist will go through them with you.</p>
      </div>
      <p>
        <Link to="/portal" className="portal-button portal-button-secondary">
          Back to your space
        </Link>
      </p>
    </div>
  );
}
