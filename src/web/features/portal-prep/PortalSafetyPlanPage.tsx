import { LoadError, Loading } from '../../ui/LoadState';
import { PortalHeading, usePortal, usePortalTitle } from '../portal';
import { HistoryToggle, SafetyPlanHistory, Versioned } from '../preparation';
import { PortalBack } from './PortalBack';
import { usePortalSafetyPlan } from './portal-prep.api';

function Block({ title, text }: { title: string; text: string }) {
  if (!text) return null;
  return (
    <section className="plan-block">
      <h2 className="portal-section-title">{title}</h2>
      <p className="plan-text">{text}</p>
    </section>
  );
}

function Contacts({ title, list }: { title: string; list: { name: string; howToReach: string }[] }) {
  if (list.length === 0) return null;
  return (
    <section className="plan-block">
      <h2 className="portal-section-title">{title}</h2>
      <ul className="plan-contacts">
        {list.map((c) => (
          <li key={`${c.name}-${c.howToReach}`}>
            <strong>{c.name}</strong>
            {c.howToReach ? ` — ${c.howToReach}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PortalSafetyPlanPage() {
  usePortalTitle('Safety plan');
  const plan = usePortalSafetyPlan();
  const { timeZone } = usePortal();
  const data = plan.data;
  return (
    <>
      <PortalBack />
      <article className="safety-plan printable" aria-labelledby="plan-title">
        <PortalHeading id="plan-title">Your safety plan</PortalHeading>
        {plan.isPending && <Loading label="Loading your safety plan…" />}
        {plan.isError && <LoadError error={plan.error} onRetry={() => plan.refetch()} />}
        {data && !data.current && <p>You and your therapist will write this together during preparation.</p>}
        {data?.current && (
          <>
            <Versioned current={data.current.current} empty="" portalTimeZone={timeZone} />
            <Block title="Warning signs" text={data.current.warningSigns} />
            <Block title="Things I can do" text={data.current.copingStrategies} />
            <Contacts title="People and places that help" list={data.current.peopleAndPlaces} />
            <Contacts title="Professionals" list={data.current.professionals} />
            <Block title="Making my space safe" text={data.current.makingSafe} />
          </>
        )}
        {data && (
          <section className="plan-block plan-crisis">
            <h2 className="portal-section-title">If you are in crisis</h2>
            <p>
              Call or text <a href={`tel:${data.crisisLines.crisisLine}`}>{data.crisisLines.crisisLine}</a> (Suicide and Crisis Lifeline).
              In an emergency, call <a href={`tel:${data.crisisLines.emergencyNumber}`}>{data.crisisLines.emergencyNumber}</a>.
            </p>
          </section>
        )}
      </article>
      {data?.current && (
        <div className="no-print">
          <button type="button" className="portal-button portal-button-primary" onClick={() => window.print()}>
            Print my safety plan
          </button>
          <section className="portal-section" aria-labelledby="plan-versions-heading">
            <h2 id="plan-versions-heading" className="portal-section-title">
              Earlier versions
            </h2>
            <HistoryToggle portal label="every version" count={data.current.current.version}>
              {() => <SafetyPlanHistory from="portal" portalTimeZone={timeZone} />}
            </HistoryToggle>
          </section>
        </div>
      )}
    </>
  );
}
