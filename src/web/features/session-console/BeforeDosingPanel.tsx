import { type RefObject, useState } from 'react';
import { EnterMeasureForm, type InstrumentId, type RecordedResponse } from '../measures';
import type { ConsoleState } from './console-types';
import { Kbd, type Log } from './LogPads';
import { ACTION_KEYS } from './shortcuts';
import './before-dosing.css';

const clock = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

function ReadinessChecks({ state }: { state: ConsoleState }) {
  const { checks, overrides } = state.glance.readiness;
  return (
    <>
      <h3 className="console-subhead">Today’s readiness checks</h3>
      <ul className="console-checks">
        {checks.map((c) => (
          <li key={c.item}>
            <span aria-hidden="true">{c.confirmation ? '✓ ' : '○ '}</span>
            {c.label}:{' '}
            {c.confirmation
              ? `confirmed ${c.confirmation.channel === 'portal' ? 'by the client in the portal' : `on arrival by ${c.confirmation.byName}`}`
              : 'not confirmed'}
            {c.confirmation?.note && <span className="console-muted"> — {c.confirmation.note}</span>}
          </li>
        ))}
        {overrides.map((o) => (
          <li key={o.requirement}>
            <span aria-hidden="true">! </span>
            {o.label}: overridden by {o.prescriberName} — “{o.reason}”
          </li>
        ))}
      </ul>
    </>
  );
}

interface DecisionProps {
  state: ConsoleState;
  log: Log;
  meId: string;
  firstRef: RefObject<HTMLInputElement | null>;
}

/** A raised baseline waits on the prescriber: proceed or not, and a reason when it is above the contraindication line. */
function BaselineDecision({ state, log, meId, firstRef }: DecisionProps) {
  const [decision, setDecision] = useState<'' | 'proceed' | 'do_not_dose'>('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const baseline = state.baseline;
  const overriding = state.baselineResult?.level === 'contraindicated';
  if (!baseline) return null;
  return (
    <form
      className="console-decision"
      aria-labelledby="console-decision"
      onSubmit={(event) => {
        event.preventDefault();
        if (!decision) return setProblem('Choose whether dosing goes ahead.');
        if (overriding && decision === 'proceed' && reason.trim() === '')
          return setProblem('Give your reason for dosing above the contraindication threshold.');
        setProblem('');
        void log({
          kind: 'baseline_decision',
          body: { baselineEntryId: baseline.entryId, prescriberId: meId, decision, reason: reason.trim() },
        });
        setDecision('');
        setReason('');
      }}
    >
      <h3 className="console-subhead" id="console-decision">
        Your decision on this baseline <Kbd k={ACTION_KEYS.decision} />
      </h3>
      <fieldset className="console-pad-row">
        <legend className="visually-hidden">Dosing today</legend>
        <label className="console-choice">
          <input
            ref={firstRef}
            type="radio"
            name="baseline-decision"
            value="proceed"
            checked={decision === 'proceed'}
            onChange={() => setDecision('proceed')}
          />
          {overriding ? 'Override and proceed' : 'Proceed with dosing'}
        </label>
        <label className="console-choice">
          <input
            type="radio"
            name="baseline-decision"
            value="do_not_dose"
            checked={decision === 'do_not_dose'}
            onChange={() => setDecision('do_not_dose')}
          />
          Do not dose today
        </label>
      </fieldset>
      <label htmlFor="baseline-reason">{overriding ? 'Reason (needed to override)' : 'Reason (optional)'}</label>
      <input id="baseline-reason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />
      {problem && <p className="console-problem">{problem}</p>}
      <button type="submit" className="console-tap console-save">
        Record decision
      </button>
    </form>
  );
}

const PRE_SESSION: InstrumentId[] = ['PHQ-9', 'GAD-7'];

/** The baseline's own message says why; the gate line then says only what dosing waits for. */
const WAITING: Partial<Record<string, string>> = {
  needs_prescriber_decision: 'Dosing waits for the prescriber’s decision.',
  needs_prescriber_override: 'Dosing is blocked unless the prescriber overrides with a reason.',
};

/** Optional PHQ-9 and GAD-7 with the client before dosing, through the measures feature (scored and locked there). */
function PreSessionMeasures({ clientId }: { clientId: string }) {
  const [entering, setEntering] = useState<InstrumentId | null>(null);
  const [done, setDone] = useState<RecordedResponse[]>([]);
  return (
    <div className="console-measures">
      <h3 className="console-subhead">Before the session (optional)</h3>
      {done.map((r) => (
        <p key={r.response.id} role="status">
          {r.response.instrumentId} saved: {r.response.summary}.{r.flagged && ' A safety flag was raised for the care team.'}
        </p>
      ))}
      {entering ? (
        <EnterMeasureForm
          clientId={clientId}
          instrumentId={entering}
          openAssignment={undefined}
          onDone={(recorded) => {
            setDone((was) => [...was, recorded]);
            setEntering(null);
          }}
          onCancel={() => setEntering(null)}
        />
      ) : (
        <div className="console-pad-row">
          {PRE_SESSION.filter((id) => !done.some((r) => r.response.instrumentId === id)).map((id) => (
            <button key={id} type="button" className="console-tap" onClick={() => setEntering(id)}>
              {id} with the client
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

interface Props {
  state: ConsoleState;
  log: Log;
  meId: string | null;
  decisionRef: RefObject<HTMLInputElement | null>;
}

/** Before the first dose, on one screen: readiness, the baseline and whether dosing may go ahead, and the optional measures. */
export function BeforeDosingPanel({ state, log, meId, decisionRef }: Props) {
  const gate = state.dosingGate;
  const prescriber = state.glance.viewerRoles.includes('prescriber');
  const clinician = prescriber || state.glance.viewerRoles.includes('therapist');
  const needsDecision = !gate.allowed && (gate.code === 'needs_prescriber_decision' || gate.code === 'needs_prescriber_override');
  return (
    <section className="console-pad console-before" aria-labelledby="console-before">
      <h2 id="console-before">Before dosing</h2>
      <ReadinessChecks state={state} />
      <h3 className="console-subhead">Baseline</h3>
      <p>
        {state.baseline ? (
          `Blood pressure ${state.baseline.bp.systolic}/${state.baseline.bp.diastolic}, taken at ${clock(state.baseline.takenAt)}.`
        ) : (
          <>
            Not taken yet: use Baseline vitals <Kbd k={ACTION_KEYS.vitals} />.
          </>
        )}
      </p>
      {!gate.allowed && state.baselineResult && state.baselineResult.level !== 'within' && (
        <p className={state.baselineResult.level === 'contraindicated' ? 'console-baseline-stop' : 'console-baseline-warn'}>
          <span aria-hidden="true">{state.baselineResult.level === 'contraindicated' ? '■ ' : '▲ '}</span>
          {state.baselineResult.message}
        </p>
      )}
      <p className={gate.allowed ? 'console-gate-open' : 'console-gate-closed'} role="status">
        <span aria-hidden="true">{gate.allowed ? '✓ ' : '■ '}</span>
        {gate.allowed
          ? gate.via === 'within'
            ? 'Dosing may go ahead.'
            : gate.via === 'prescriber_override'
              ? 'Dosing may go ahead: the prescriber overrode the baseline with a reason.'
              : 'Dosing may go ahead: the prescriber decided to proceed.'
          : (WAITING[gate.code] ?? gate.message)}
      </p>
      {needsDecision && prescriber && meId && <BaselineDecision state={state} log={log} meId={meId} firstRef={decisionRef} />}
      {needsDecision && !prescriber && <p className="console-muted">Waiting for the prescriber’s decision on this baseline.</p>}
      {clinician && <PreSessionMeasures clientId={state.session.clientId} />}
    </section>
  );
}
