import type { ChartAbilities } from '../../kernel/access';
import { LoadError, Loading } from '../../ui/LoadState';
import type { Client } from '../clients';
import { ConsentsCard } from './ConsentsCard';
import { CourseCard, IntentionsCard, ToolsCard } from './CourseCards';
import { PlannedSessionsCard } from './PlannedSessionsCard';
import { PlanSessionForm } from './PlanSessionForm';
import { SafetyPlanForm, TouchForm } from './PrepForms';
import { PrepNotes } from './PrepNotes';
import { SafetyPlanCard, TouchCard } from './PrepRecordCards';
import { usePlannedSessions, usePreparation, useReadiness } from './preparation.api';
import { ReadinessPanel } from './ReadinessPanel';

/** The next session still ahead decides which gate the panel shows; with none, the gate for today. */
function Readiness({ client, abilities }: { client: Client; abilities: ChartAbilities }) {
  const sessions = usePlannedSessions(client.id);
  const today = useReadiness(client.id);
  const next = sessions.data?.sessions.find((s) => s.status === 'planned') ?? null;
  const gate = next?.gate ?? today.data;
  if (!gate)
    return today.isError ? <LoadError error={today.error} onRetry={() => today.refetch()} /> : <Loading label="Checking readiness…" />;
  return (
    <ReadinessPanel
      clientId={client.id}
      gate={gate}
      session={next}
      canOverride={abilities.overrideGate}
      canConfirm={abilities.confirmOnArrival}
    />
  );
}

function PlannedSessions({ clientId, canCancel }: { clientId: string; canCancel: boolean }) {
  const sessions = usePlannedSessions(clientId);
  if (!sessions.data || sessions.data.sessions.length === 0) return null;
  return <PlannedSessionsCard clientId={clientId} sessions={sessions.data.sessions} canCancel={canCancel} />;
}

export function PreparationSection({ client, abilities }: { client: Client; abilities: ChartAbilities }) {
  const prep = usePreparation(client.id);
  const canWrite = abilities.writePreparation;
  const data = prep.data;
  return (
    <section aria-labelledby="preparation-heading">
      <h2 id="preparation-heading" className="section-title">
        Preparation and readiness
      </h2>
      <p className="section-lead">
        Goals, grounding, preferences, safety and consent, and what still stands between the client and a ketamine session.
      </p>
      {prep.isPending && <Loading label="Loading preparation…" />}
      {prep.isError && <LoadError error={prep.error} onRetry={() => prep.refetch()} />}
      {data && <Readiness client={client} abilities={abilities} />}
      {data && (
        <div className="detail-grid prep-grid">
          <div className="detail-main stack-cards">
            <CourseCard clientId={client.id} data={data} canWrite={canWrite} />
            <ConsentsCard clientId={client.id} />
            {canWrite ? (
              <>
                <TouchForm clientId={client.id} current={data.touchPreferences} />
                <SafetyPlanForm clientId={client.id} current={data.safetyPlan} />
              </>
            ) : (
              <>
                <TouchCard clientId={client.id} current={data.touchPreferences} />
                <SafetyPlanCard clientId={client.id} current={data.safetyPlan} />
              </>
            )}
            <PrepNotes clientId={client.id} notes={data.notes} canWrite={canWrite} />
            {abilities.planSessions && <PlanSessionForm client={client} />}
          </div>
          <div className="detail-side stack-cards">
            <PlannedSessions clientId={client.id} canCancel={abilities.planSessions} />
            <IntentionsCard clientId={client.id} data={data} canWrite={canWrite} />
            <ToolsCard clientId={client.id} data={data} canWrite={canWrite} />
          </div>
        </div>
      )}
    </section>
  );
}
