import { type RefObject, useState } from 'react';
import { ROUTES, SESSION_MEDICINES } from '../../../domain/session/index';
import type { ConsoleState, SessionGlance } from './console-types';
import { Kbd, type Log } from './LogPads';
import { ACTION_KEYS } from './shortcuts';
import './before-dosing.css';

interface Who {
  glance: SessionGlance;
  meId: string;
}

const prescribersOf = (g: SessionGlance) => g.team.filter((p) => p.roles.includes('prescriber'));

/** "HH:MM" (24-hour) today on this device → an instant; empty means now; anything else is null. */
export function givenAt(time: string, now = new Date()): string | null {
  if (time.trim() === '') return now.toISOString();
  const match = /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(time.trim());
  if (!match) return null;
  const at = new Date(now);
  at.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return at.toISOString();
}

/** A prescriber's own entry names them; anyone else names the prescriber whose order it was. */
function useOrderAndGiver({ glance, meId }: Who) {
  const iPrescribe = glance.viewerRoles.includes('prescriber');
  // Staff choose the prescriber themselves, even when there is only one: naming the order is the point.
  return { administeredBy: meId, orderedBy: iPrescribe ? meId : '' };
}

function PersonSelect(props: { id: string; label: string; value: string; onChange: (v: string) => void; people: SessionGlance['team'] }) {
  return (
    <div className="console-vital console-vital-wide">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose</option>
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function TimeField({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="console-vital">
      <label htmlFor={id}>Time (blank: now)</label>
      {/* Plain text, not type="time": one Tab stop, typed as read off the clock. */}
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        maxLength={5}
        placeholder="HH:MM"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

interface DoseProps extends Who {
  log: Log;
  booster: boolean;
  firstRef: RefObject<HTMLSelectElement | null>;
}

/** The dose is typed every time: medicine, route and mg start empty and nothing is suggested (clinical.md). */
export function DoseForm({ log, glance, meId, booster, firstRef }: DoseProps) {
  const defaults = useOrderAndGiver({ glance, meId });
  const empty = { medicine: '', mg: '', route: '', time: '', lot: '', ...defaults };
  const [v, setV] = useState(empty);
  const [problem, setProblem] = useState('');
  const set = (key: keyof typeof v) => (value: string) => setV((was) => ({ ...was, [key]: value }));
  const title = booster ? 'Another dose (booster)' : 'Dose';
  return (
    <form
      className="console-pad console-medicine"
      aria-labelledby="console-dose"
      onSubmit={(event) => {
        event.preventDefault();
        const mg = Number(v.mg.replace(',', '.'));
        const at = givenAt(v.time);
        if (!v.medicine || !v.route || !(mg > 0) || !v.administeredBy || !v.orderedBy || !at) {
          setProblem(
            'Choose the medicine, route, who gave it and whose order it was, enter the dose given in mg, and the time as HH:MM or empty for now.',
          );
          return;
        }
        setProblem('');
        void log({
          kind: 'dose',
          body: {
            medicine: v.medicine as never,
            mg,
            route: v.route as never,
            administeredAt: at,
            administeredBy: v.administeredBy,
            orderedBy: v.orderedBy,
            lot: v.lot.trim(),
          },
        });
        setV(empty);
      }}
    >
      <h2 id="console-dose">
        {title} <Kbd k={ACTION_KEYS.dose} />
      </h2>
      <div className="console-vitals-grid">
        <div className="console-vital">
          <label htmlFor="dose-medicine">Medicine</label>
          <select id="dose-medicine" ref={firstRef} value={v.medicine} onChange={(e) => set('medicine')(e.target.value)}>
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
          <input id="dose-mg" inputMode="decimal" autoComplete="off" value={v.mg} onChange={(e) => set('mg')(e.target.value)} />
        </div>
        <div className="console-vital">
          <label htmlFor="dose-route">Route</label>
          <select id="dose-route" value={v.route} onChange={(e) => set('route')(e.target.value)}>
            <option value="">Choose</option>
            {ROUTES.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <TimeField id="dose-time" value={v.time} onChange={set('time')} />
        <PersonSelect id="dose-given-by" label="Given by" value={v.administeredBy} onChange={set('administeredBy')} people={glance.team} />
        <PersonSelect
          id="dose-ordered-by"
          label="Ordered by"
          value={v.orderedBy}
          onChange={set('orderedBy')}
          people={prescribersOf(glance)}
        />
        <div className="console-vital">
          <label htmlFor="dose-lot">Lot (if known)</label>
          <input id="dose-lot" autoComplete="off" value={v.lot} onChange={(e) => set('lot')(e.target.value)} />
        </div>
      </div>
      {problem && <p className="console-problem">{problem}</p>}
      <button type="submit" className="console-tap console-save">
        Record dose
      </button>
    </form>
  );
}

const PRN_ROUTES = [...ROUTES, { code: 'oral', label: 'Oral' }, { code: 'other', label: 'Other' }] as const;

/** An as-needed medicine (for nausea, say): named in words, with the amount as given, the time and why. */
export function PrnForm({ log, glance, meId, firstRef }: Who & { log: Log; firstRef: RefObject<HTMLInputElement | null> }) {
  const defaults = useOrderAndGiver({ glance, meId });
  const empty = { medicine: '', amount: '', route: '', time: '', reason: '', ...defaults };
  const [v, setV] = useState(empty);
  const [problem, setProblem] = useState('');
  const set = (key: keyof typeof v) => (value: string) => setV((was) => ({ ...was, [key]: value }));
  return (
    <form
      className="console-pad console-medicine"
      aria-labelledby="console-prn"
      onSubmit={(event) => {
        event.preventDefault();
        const at = givenAt(v.time);
        if (!v.medicine.trim() || !v.route || !v.reason.trim() || !v.administeredBy || !v.orderedBy || !at) {
          setProblem('Name the medicine, how it was given, why, who gave it and whose order it was; the time as HH:MM or empty for now.');
          return;
        }
        setProblem('');
        void log({
          kind: 'prn_medicine',
          body: {
            medicine: v.medicine.trim(),
            amount: v.amount.trim(),
            route: v.route as never,
            givenAt: at,
            reason: v.reason.trim(),
            administeredBy: v.administeredBy,
            orderedBy: v.orderedBy,
          },
        });
        setV(empty);
      }}
    >
      <h2 id="console-prn">
        As-needed medicine <Kbd k={ACTION_KEYS.prn} />
      </h2>
      <div className="console-vitals-grid">
        <div className="console-vital">
          <label htmlFor="prn-medicine">Medicine</label>
          <input id="prn-medicine" ref={firstRef} autoComplete="off" value={v.medicine} onChange={(e) => set('medicine')(e.target.value)} />
        </div>
        <div className="console-vital">
          <label htmlFor="prn-amount">Amount as given</label>
          <input id="prn-amount" autoComplete="off" value={v.amount} onChange={(e) => set('amount')(e.target.value)} />
        </div>
        <div className="console-vital">
          <label htmlFor="prn-route">How given</label>
          <select id="prn-route" value={v.route} onChange={(e) => set('route')(e.target.value)}>
            <option value="">Choose</option>
            {PRN_ROUTES.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <TimeField id="prn-time" value={v.time} onChange={set('time')} />
        <div className="console-vital console-vital-wide">
          <label htmlFor="prn-reason">Why it was given</label>
          <input id="prn-reason" autoComplete="off" value={v.reason} onChange={(e) => set('reason')(e.target.value)} />
        </div>
        <PersonSelect id="prn-given-by" label="Given by" value={v.administeredBy} onChange={set('administeredBy')} people={glance.team} />
        <PersonSelect
          id="prn-ordered-by"
          label="Ordered by"
          value={v.orderedBy}
          onChange={set('orderedBy')}
          people={prescribersOf(glance)}
        />
      </div>
      {problem && <p className="console-problem">{problem}</p>}
      <button type="submit" className="console-tap console-save">
        Record medicine
      </button>
    </form>
  );
}

interface PadProps {
  state: ConsoleState;
  log: Log;
  meId: string;
  doseRef: RefObject<HTMLSelectElement | null>;
  prnRef: RefObject<HTMLInputElement | null>;
}

/**
 * Doses and as-needed medicines, by the prescriber or by staff on the prescriber's order. The first dose waits
 * for the dosing gate (the server refuses it otherwise); a booster needs no new gate.
 */
export function MedicinesPad({ state, log, meId, doseRef, prnRef }: PadProps) {
  const dosed = state.session.firstDoseAt !== null;
  const gate = state.dosingGate;
  return (
    <>
      {dosed || gate.allowed ? (
        <DoseForm log={log} glance={state.glance} meId={meId} booster={dosed} firstRef={doseRef} />
      ) : (
        <section className="console-pad" aria-labelledby="console-dose">
          <h2 id="console-dose">Dose</h2>
          <p className="console-gate-closed">
            <span aria-hidden="true">■ </span>The dose form opens once dosing may go ahead (see Before dosing).
          </p>
        </section>
      )}
      <PrnForm log={log} glance={state.glance} meId={meId} firstRef={prnRef} />
    </>
  );
}
