import { Link, useNavigate, useParams } from 'react-router';
import type { PlannedSessionView } from '../../../contracts/readiness.contracts';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients';
import { ReadinessPanel, sessionWhen } from '../preparation';
import { useOpenedSession, useOpenSession, usePlannedSession } from './session-opening.api';
import './session-opening.css';

function Team({ session }: { session: PlannedSessionView }) {
  return (
    <dl className="opening-team">
      <dt>Therapist</dt>
      <dd>{session.therapist.name}</dd>
      <dt>Prescriber</dt>
      <dd>
        {session.prescriber.name} ({session.prescriberPresence === 'on_call' ? 'on call' : 'in the room'})
      </dd>
      {session.coFacilitators.length > 0 && (
        <>
          <dt>Co-facilitators</dt>
          <dd>{session.coFacilitators.map((c) => c.name).join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

interface OpenProps {
  clientId: string;
  session: PlannedSessionView;
  mayOpen: boolean;
}

/** The server decides (409 `gate_not_met`); this screen says why not before anyone has to ask. */
function OpenCard({ clientId, session, mayOpen }: OpenProps) {
  const open = useOpenSession(clientId);
  const navigate = useNavigate();
  const unmet = session.gate.items.filter((i) => i.state === 'unmet');
  return (
    <section className="card opening-open" aria-labelledby="opening-open-heading">
      <h2 id="opening-open-heading" className="card-title">
        Open the session console
      </h2>
      {session.status === 'cancelled' && <p>This session was cancelled, so it cannot be opened.</p>}
      {session.status !== 'cancelled' && !session.gate.holds && (
        <>
          <p>The console opens once every requirement is met, or overridden by the prescriber for this session. Still open:</p>
          <ul>
            {unmet.map((i) => (
              <li key={i.code}>
                {i.label}. <span className="muted">Who can resolve it: {i.resolvedByText}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {session.status !== 'cancelled' && session.gate.holds && !mayOpen && (
        <p>Ready. The therapist or the prescriber opens the session; you can join it from here once it is open.</p>
      )}
      {session.status !== 'cancelled' && session.gate.holds && mayOpen && (
        <>
          <p>Every requirement is met or overridden. Opening starts the session record; the dose is recorded in the console.</p>
          <ErrorSummary error={open.error} title="The session was not opened" />
          <Button
            busy={open.isPending}
            busyLabel="Opening…"
            onClick={() => open.mutate(session.id, { onSuccess: (state) => navigate(`/sessions/${state.session.id}`) })}
          >
            Open the session console
          </Button>
        </>
      )}
    </section>
  );
}

/** The session day, from the chart or the dashboard: the team, the readiness gate with its checks, and the way into the console. */
export function SessionOpeningPage() {
  const { clientId = '', plannedSessionId = '' } = useParams();
  const client = useClient(clientId);
  const planned = usePlannedSession(clientId, plannedSessionId);
  const opened = useOpenedSession(clientId, plannedSessionId);
  if (planned.isError) return <LoadError error={planned.error} onRetry={() => planned.refetch()} />;
  if (client.isError) return <LoadError error={client.error} onRetry={() => client.refetch()} />;
  if (!planned.data || !client.data || opened.isPending) return <Loading label="Loading the session…" />;
  const session = planned.data;
  const abilities = client.data.abilities;
  const started = opened.data ?? null;
  return (
    <>
      <PageHeader
        title={`Ketamine session with ${session.clientName}`}
        documentTitle="Ketamine session"
        lead={`${sessionWhen(session)} · ${session.room}`}
        above={<Link to={`/clients/${clientId}/preparation`}>Back to the chart</Link>}
      />
      <div className="opening-grid">
        <div className="opening-main">
          {started && (
            <Notice
              tone={started.status === 'discharged' ? 'info' : 'success'}
              title={started.status === 'discharged' ? 'This session was held' : 'This session is open'}
            >
              <p>
                <Link to={`/sessions/${started.id}`}>
                  {started.status === 'discharged' ? 'See the session console (read-only)' : 'Continue in the session console'}
                </Link>
              </p>
            </Notice>
          )}
          {!started && <OpenCard clientId={clientId} session={session} mayOpen={abilities.openKetamineSession} />}
          <ReadinessPanel
            clientId={clientId}
            gate={session.gate}
            session={session.status === 'planned' ? session : null}
            canOverride={abilities.overrideGate}
            canConfirm={abilities.confirmOnArrival}
          />
        </div>
        <section className="card" aria-labelledby="opening-team-heading">
          <h2 id="opening-team-heading" className="card-title">
            In the room
          </h2>
          <Team session={session} />
        </section>
      </div>
    </>
  );
}
