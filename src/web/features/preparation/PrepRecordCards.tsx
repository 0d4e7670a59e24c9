import type { PreparationOverview } from './preparation.api';
import { Versioned } from './Versioned';
import { SafetyPlanFacts, TouchFacts } from './VersionFacts';
import { HistoryToggle, SafetyPlanHistory, TouchHistory } from './VersionHistory';

/** For the care team who read but do not write (the prescriber, a co-facilitator): the current version and every earlier one. */
export function TouchCard({ clientId, current }: { clientId: string; current: PreparationOverview['touchPreferences'] }) {
  return (
    <section className="card" aria-labelledby="touch-heading">
      <h3 id="touch-heading" className="card-title">
        Touch and support preferences
      </h3>
      <Versioned current={current?.current ?? null} empty="Not recorded yet. The therapist records them with the client." />
      {current && <TouchFacts value={current} />}
      <HistoryToggle label="every version" count={current?.current.version ?? 0}>
        {() => <TouchHistory from={clientId} />}
      </HistoryToggle>
    </section>
  );
}

export function SafetyPlanCard({ clientId, current }: { clientId: string; current: PreparationOverview['safetyPlan'] }) {
  return (
    <section className="card" aria-labelledby="safety-plan-heading">
      <h3 id="safety-plan-heading" className="card-title">
        Safety plan
      </h3>
      <Versioned current={current?.current ?? null} empty="No safety plan yet. The therapist writes it with the client." />
      {current && <SafetyPlanFacts value={current} />}
      <HistoryToggle label="every version" count={current?.current.version ?? 0}>
        {() => <SafetyPlanHistory from={clientId} />}
      </HistoryToggle>
    </section>
  );
}
