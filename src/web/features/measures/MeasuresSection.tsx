import { useEffect, useRef, useState } from 'react';
import type { ChartAbilities } from '../../kernel/access';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import type { Client } from '../clients';
import { AssignmentsCard } from './AssignmentsCard';
import { ClinicianScores } from './ClinicianScores';
import { EnterCard } from './EnterCard';
import { EnterMeasureForm } from './EnterMeasureForm';
import { InProgressList } from './InProgressList';
import type { InstrumentId, RecordedResponse } from './measure-types';
import { useClientMeasures } from './measures.api';
import { ResponsesTable } from './ResponsesTable';
import { SeriesFigure } from './SeriesFigure';

/** Takes focus when it appears, where the form was, so the keyboard is not left at the top of the page. */
function Saved({ recorded }: { recorded: RecordedResponse }) {
  const flagged = recorded.flagged;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div role="status" ref={ref} tabIndex={-1} className="saved-notice">
      <Notice tone={flagged ? 'warning' : 'success'} headingLevel={3} title={`${recorded.response.instrumentId} saved`}>
        <p>{recorded.response.summary}.</p>
        {flagged && (
          <p>
            A safety flag was raised. It is at the top of this chart and on the care team’s dashboards until someone acknowledges it with a
            note.
          </p>
        )}
      </Notice>
    </div>
  );
}

export function MeasuresSection({ client, abilities }: { client: Client; abilities: ChartAbilities }) {
  const measures = useClientMeasures(client.id);
  const [entering, setEntering] = useState<InstrumentId | null>(null);
  const [recorded, setRecorded] = useState<RecordedResponse | null>(null);
  const data = measures.data;
  const open = data?.assignments.filter((a) => a.status === 'open') ?? [];
  const tracked = data?.series.filter((s) => s.points.length > 0) ?? [];
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading" className="section-title">
        Measures
      </h2>
      {recorded && !entering && <Saved recorded={recorded} />}
      {measures.isPending && <Loading label="Loading measures…" />}
      {measures.isError && <LoadError error={measures.error} onRetry={() => measures.refetch()} />}
      {data && entering && (
        <EnterMeasureForm
          clientId={client.id}
          instrumentId={entering}
          openAssignment={open.find((a) => a.instrumentId === entering)}
          onDone={(result) => {
            setRecorded(result);
            setEntering(null);
          }}
          onCancel={() => setEntering(null)}
        />
      )}
      {data && !entering && (
        <div className="measures-actions">
          <AssignmentsCard client={client} open={open} canAssign={abilities.assignMeasures} />
          {abilities.enterMeasures && (
            <EnterCard
              onStart={(id) => {
                setRecorded(null);
                setEntering(id);
              }}
            />
          )}
        </div>
      )}
      {data && (
        <>
          {data.inProgress.length > 0 && <InProgressList drafts={data.inProgress} />}
          <section className="section" aria-labelledby="change-heading">
            <h3 id="change-heading" className="section-title">
              Change over time
            </h3>
            {tracked.length === 0 ? (
              <p className="muted">Once a PHQ-9, GAD-7 or PCL-5 is completed, its totals are charted here.</p>
            ) : (
              <div className="series-list">
                {tracked.map((series) => (
                  <SeriesFigure key={series.instrumentId} series={series} />
                ))}
              </div>
            )}
          </section>
          <section className="section" aria-labelledby="responses-heading">
            <h3 id="responses-heading" className="section-title">
              Completed questionnaires
            </h3>
            {data.responses.length === 0 ? (
              <EmptyState title="None yet" headingLevel={3}>
                <p>Questionnaires they complete in the portal, or with you in session, are listed here.</p>
              </EmptyState>
            ) : (
              <ResponsesTable responses={data.responses} />
            )}
          </section>
          <div className="section">
            <ClinicianScores clientId={client.id} scores={data.clinicianScores} canRecord={abilities.recordClinicianScore} />
          </div>
        </>
      )}
    </section>
  );
}
