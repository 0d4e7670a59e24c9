import { LoadError, Loading } from '../../ui/LoadState';
import { PortalHeading, usePortal, usePortalTitle } from '../portal';
import { HistoryToggle, TouchFacts, TouchHistory, Versioned } from '../preparation';
import { PortalBack } from './PortalBack';
import { usePortalTouchPreferences } from './portal-prep.api';

/** The client reads what they agreed with their therapist, and every earlier version; changes are made together in a session. */
export function PortalTouchPage() {
  usePortalTitle('Touch and support');
  const touch = usePortalTouchPreferences();
  const { timeZone } = usePortal();
  const current = touch.data?.current ?? null;
  return (
    <>
      <PortalBack />
      <PortalHeading>Touch and support in a session</PortalHeading>
      <p className="portal-lead">
        What you and your therapist agreed: the touch you are comfortable with, the words that help, and the signals you will use. To change
        anything, tell your therapist; you will go over it together, and earlier versions are kept.
      </p>
      {touch.isPending && <Loading label="Loading your preferences…" />}
      {touch.isError && <LoadError error={touch.error} onRetry={() => touch.refetch()} />}
      {touch.data && !current && <p>You and your therapist will write these together during preparation.</p>}
      {current && (
        <section className="portal-section" aria-labelledby="touch-current-heading">
          <h2 id="touch-current-heading" className="portal-section-title">
            What you agreed
          </h2>
          <Versioned current={current.current} empty="" portalTimeZone={timeZone} />
          <TouchFacts value={current} />
          <HistoryToggle portal label="every version" count={current.current.version}>
            {() => <TouchHistory from="portal" portalTimeZone={timeZone} />}
          </HistoryToggle>
        </section>
      )}
    </>
  );
}
