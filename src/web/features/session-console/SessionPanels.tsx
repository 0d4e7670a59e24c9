import { useState } from 'react';
import { ROUTES, SESSION_MEDICINES } from '../../../domain/session/index';
import type { ConsoleState } from './console-types';
import type { Log } from './LogPads';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });

export function AtAGlance({ state }: { state: ConsoleState }) {
  const g = state.glance;
  const list = (items: string[] | undefined) =>
    items && items.length > 0 ? items.join(' · ') : <span className="console-muted">None recorded</span>;
  return (
    <section className="console-glance" aria-labelledby="console-glance">
      <h2 id="console-glance">At a glance</h2>
      {!g && <p className="console-muted">Preparation details were not sent with this session.</p>}
      {g && (
        <dl>
          <dt>Intention for today</dt>
          <dd>{g.intention ?? <span className="console-muted">None recorded</span>}</dd>
          <dt>Touch</dt>
          <dd>
            {g.touchConsent?.consented
              ? `${g.touchConsent.kinds.map((k) => k.label).join(', ')}${g.touchConsent.limits ? ` — ${g.touchConsent.limits}` : ''}`
              : 'No touch'}
          </dd>
          <dt>Grounding cues</dt>
          <dd>{list(g.groundingCues)}</dd>
          <dt>Words to avoid</dt>
          <dd>{list(g.wordsToAvoid)}</dd>
          <dt>Signals</dt>
          <dd>{list(g.signals)}</dd>
        </dl>
      )}
    </section>
  );
}

/** Before the first dose: readiness, the baseline and whether the gate lets dosing go ahead. */
export function BeforeDosing({ state, log, prescriberId }: { state: ConsoleState; log: Log; prescriberId: string | null }) {
  const gate = state.dosingGate;
  return (
    <section className="console-pad" aria-labelledby="console-before">
      <h2 id="console-before">Before dosing</h2>
      {state.glance?.readiness && (
        <ul className="console-checks">
          {state.glance.readiness.map((r) => (
            <li key={r.label}>
              <span aria-hidden="true">{r.holds ? '✓' : '✗'} </span>
              {r.label}: {r.holds ? 'yes' : 'not yet'}
            </li>
          ))}
        </ul>
      )}
      <p>
        Baseline:{' '}
        {state.baseline
          ? `${state.baseline.bp.systolic}/${state.baseline.bp.diastolic} at ${time(state.baseline.takenAt)}`
          : 'not taken yet'}
        {state.baselineResult && state.baselineResult.level !== 'within' && ` — ${state.baselineResult.message}`}
      </p>
      <p className={gate.allowed ? 'console-gate-open' : 'console-gate-closed'}>
        <span aria-hidden="true">{gate.allowed ? '✓ ' : '■ '}</span>
        {gate.allowed ? 'Dosing may go ahead.' : gate.message}
      </p>
      {gate.allowed && prescriberId && <DoseForm log={log} prescriberId={prescriberId} />}
      {gate.allowed && !prescriberId && <p className="console-muted">The prescriber records each dose.</p>}
    </section>
  );
}

/** The dose is typed by the prescriber every time; nothing is filled in for them. */
function DoseForm({ log, prescriberId }: { log: Log; prescriberId: string }) {
  const [v, setV] = useState({ medicine: '', mg: '', route: '', lot: '' });
  const [problem, setProblem] = useState('');
  return (
    <form
      className="console-vitals-grid"
      onSubmit={(event) => {
        event.preventDefault();
        const mg = Number(v.mg);
        if (!v.medicine || !v.route || !(mg > 0)) {
          setProblem('Choose the medicine and route and enter the dose given in mg.');
          return;
        }
        setProblem('');
        void log({
          kind: 'dose',
          body: {
            medicine: v.medicine as never,
            mg,
            route: v.route as never,
            administeredAt: new Date().toISOString(),
            administeredBy: prescriberId,
            orderedBy: prescriberId,
            lot: v.lot.trim(),
          },
        });
        setV({ medicine: '', mg: '', route: '', lot: '' });
      }}
    >
      <div className="console-vital">
        <label htmlFor="dose-medicine">Medicine</label>
        <select id="dose-medicine" value={v.medicine} onChange={(e) => setV({ ...v, medicine: e.target.value })}>
          <option value="">Choose</option>
          {SESSION_MEDICINES.map((m) => (
            <option key={m.code} value={m.code}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className="console-vital">
        <label htmlFor="dose-mg">Dose given (mg)</label>
        <input id="dose-mg" inputMode="decimal" value={v.mg} onChange={(e) => setV({ ...v, mg: e.target.value })} />
      </div>
      <div className="console-vital">
        <label htmlFor="dose-route">Route</label>
        <select id="dose-route" value={v.route} onChange={(e) => setV({ ...v, route: e.target.value })}>
          <option value="">Choose</option>
          {ROUTES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div className="console-vital">
        <label htmlFor="dose-lot">Lot (if known)</label>
        <input id="dose-lot" value={v.lot} onChange={(e) => setV({ ...v, lot: e.target.value })} />
      </div>
      {problem && <p className="console-problem">{problem}</p>}
      <button type="submit" className="console-tap console-save">
        Record dose
      </button>
    </form>
  );
}
