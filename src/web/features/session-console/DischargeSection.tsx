import { useState } from 'react';
import { Link } from 'react-router';
import type { ConsoleState } from './console-types';
import type { Log } from './LogPads';
import { clockOf, readyAtFromClock } from './ready-time';
import './session-close.css';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

type Assessment = {
  alertAndOriented: boolean;
  steadyOnFeet: boolean;
  nauseaSettled: boolean;
  escortPresent: boolean;
  noDrivingAcknowledged: boolean;
  clinicallyReadyAt: string | null;
  dissociationObserved: boolean | null;
};

const CHECKS: { name: Exclude<keyof Assessment, 'clinicallyReadyAt' | 'dissociationObserved'>; label: string }[] = [
  { name: 'alertAndOriented', label: 'Alert and oriented' },
  { name: 'steadyOnFeet', label: 'Steady on their feet' },
  { name: 'nauseaSettled', label: 'Nausea has settled' },
  { name: 'escortPresent', label: 'Escort is present' },
  { name: 'noDrivingAcknowledged', label: 'No driving until tomorrow acknowledged' },
];

const EMPTY: Assessment = {
  alertAndOriented: false,
  steadyOnFeet: false,
  nauseaSettled: false,
  escortPresent: false,
  noDrivingAcknowledged: false,
  clinicallyReadyAt: null,
  dissociationObserved: null,
};

/** The assessment in force: the latest one logged, as it now stands after any edit. */
function latestAssessment(state: ConsoleState): Assessment | null {
  const last = [...state.entries].reverse().find((e) => e.current?.kind === 'discharge_assessment');
  return last?.current?.kind === 'discharge_assessment' ? (last.current.body as Assessment) : null;
}

interface Props {
  state: ConsoleState;
  log: Log;
  /** Signed in as a therapist or prescriber (a co-facilitator sees the checklist, not the actions). */
  clinician: boolean;
  /** The signed-in prescriber, who may record the reason for discharging before every item holds. */
  prescriberId: string | null;
}

/**
 * Discharge (issue 10, item 7): each item of the checklist as the server evaluated it against what was
 * logged, with why; the clinician's checks and "ready to leave at"; and the discharge itself, which needs
 * a prescriber's recorded reason while any item does not hold (the server refuses it otherwise).
 */
export function DischargeSection({ state, log, clinician, prescriberId }: Props) {
  const d = state.discharge;
  const closed = state.session.status === 'discharged';
  return (
    <section className="console-pad console-discharge" aria-labelledby="console-discharge">
      <h2 id="console-discharge">Discharge</h2>
      <ul className="console-discharge-items" aria-label="Discharge checklist">
        {d.items.map((item) => (
          <li key={item.code} data-holds={item.holds}>
            <span className="console-discharge-mark" aria-hidden="true">
              {item.holds ? '✓' : '○'}
            </span>
            <span>
              <span className="console-discharge-label">{item.label}</span>
              <span className="console-discharge-state">{item.holds ? 'Holds' : 'Not yet'}</span>
              <span className="console-discharge-why">{item.detail}</span>
            </span>
          </li>
        ))}
      </ul>
      {d.minutesUntilClinicallyReady !== null && (
        <p>Clinically ready to leave {d.minutesUntilClinicallyReady} minutes after the first dose.</p>
      )}
      {closed && state.session.dischargedAt && (
        <p className="console-discharged" role="status">
          <span aria-hidden="true">✓ </span>Discharged at {time(state.session.dischargedAt)}. The timeline now takes amendments only.
        </p>
      )}
      {!closed && clinician && <AssessmentForm key={assessmentKey(state)} state={state} log={log} />}
      {!closed && clinician && <DischargeAction state={state} log={log} prescriberId={prescriberId} />}
      <p>
        <Link to={`/sessions/${state.session.id}/record`} className="console-link">
          Session record (printable)
        </Link>
      </p>
    </section>
  );
}

const assessmentKey = (state: ConsoleState) => JSON.stringify(latestAssessment(state));

function AssessmentForm({ state, log }: { state: ConsoleState; log: Log }) {
  const saved = latestAssessment(state);
  const [a, setA] = useState<Assessment>(saved ?? EMPTY);
  const [ready, setReady] = useState(saved?.clinicallyReadyAt ? clockOf(saved.clinicallyReadyAt) : '');
  // "Now" keeps the exact instant: a clock time alone could fall before a dose given earlier the same minute.
  const [exact, setExact] = useState<string | null>(saved?.clinicallyReadyAt ?? null);
  const [problem, setProblem] = useState('');
  const [note, setNote] = useState('');
  return (
    <form
      className="console-discharge-form"
      aria-label="Discharge checks"
      onSubmit={(event) => {
        event.preventDefault();
        const clinicallyReadyAt = !ready ? null : exact && clockOf(exact) === ready ? exact : readyAtFromClock(ready, new Date());
        if (ready && !clinicallyReadyAt) {
          setProblem('Enter the time as hours and minutes, such as 11:40.');
          return;
        }
        setProblem('');
        void log({ kind: 'discharge_assessment', body: { ...a, clinicallyReadyAt } });
        setNote('Checks logged; the checklist above updates once they are synced.');
      }}
    >
      <fieldset>
        <legend>Checked in the room</legend>
        {CHECKS.map((c) => (
          <label key={c.name} className="console-choice">
            <input type="checkbox" checked={a[c.name]} onChange={(e) => setA({ ...a, [c.name]: e.target.checked })} />
            {c.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Dissociation observed (for the REMS form)</legend>
        {(
          [
            ['yes', true, 'Yes'],
            ['no', false, 'No'],
            ['unasked', null, 'Not assessed'],
          ] as const
        ).map(([code, value, label]) => (
          <label key={code} className="console-choice">
            <input
              type="radio"
              name="dissociation"
              checked={a.dissociationObserved === value}
              onChange={() => setA({ ...a, dissociationObserved: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="console-discharge-ready">
        <label htmlFor="discharge-ready-at">Clinically ready to leave at</label>
        <input id="discharge-ready-at" type="time" value={ready} onChange={(e) => setReady(e.target.value)} />
        <button
          type="button"
          className="console-tap"
          onClick={() => {
            const now = new Date().toISOString();
            setExact(now);
            setReady(clockOf(now));
          }}
        >
          Now
        </button>
      </div>
      <p className="console-muted console-discharge-hint">The time you judged them ready, even if the minimum observation had not ended.</p>
      {problem && (
        <p className="console-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="console-tap console-save">
        Save checks
      </button>
      <span role="status" className="console-muted">
        {note}
      </span>
    </form>
  );
}

function DischargeAction({ state, log, prescriberId }: { state: ConsoleState; log: Log; prescriberId: string | null }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const allHold = state.discharge.allHold;
  const unmet = state.discharge.items.filter((i) => !i.holds).length;
  if (!allHold && !prescriberId)
    return (
      <p className="console-discharge-blocked">
        {unmet === 1 ? 'One item does not hold yet.' : `${unmet} items do not hold yet.`} To discharge now, the prescriber records the
        reason here.
      </p>
    );
  return (
    <form
      className="console-discharge-action"
      aria-label="Discharge the client"
      onSubmit={(event) => {
        event.preventDefault();
        if (!allHold && reason.trim() === '') {
          setProblem('Please give the reason for discharging before every item holds.');
          return;
        }
        setProblem('');
        void log({
          kind: 'discharged',
          body: { override: allHold || !prescriberId ? null : { prescriberId, reason: reason.trim() } },
        });
      }}
    >
      {!allHold && (
        <>
          <label htmlFor="discharge-reason">Prescriber’s reason for discharging before every item holds</label>
          <textarea
            id="discharge-reason"
            rows={2}
            value={reason}
            aria-describedby={problem ? 'discharge-reason-problem' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
      {problem && (
        <p id="discharge-reason-problem" className="console-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="console-tap console-save">
        {allHold ? 'Discharge' : 'Discharge with this reason'}
      </button>
    </form>
  );
}
