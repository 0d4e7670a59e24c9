import { type RefObject, useState } from 'react';
import { ADVERSE_EVENT_KINDS, MOAAS_SCALE, OUTCOME_CODES, SEVERITY_CODES } from '../../../domain/session/index';
import { Kbd, type Log } from './LogPads';
import { ACTION_KEYS } from './shortcuts';

type Purpose = 'baseline' | 'scheduled' | 'extra' | 'discharge';
const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function VitalsForm({ log, firstRef, purpose }: { log: Log; firstRef: RefObject<HTMLInputElement | null>; purpose: Purpose }) {
  const [values, setValues] = useState({ systolic: '', diastolic: '', heartRate: '', spo2: '', respiratoryRate: '', sedation: '' });
  const [problem, setProblem] = useState('');
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const field = (key: keyof typeof values, label: string, ref?: RefObject<HTMLInputElement | null>) => (
    <div className="console-vital">
      <label htmlFor={`vitals-${key}`}>{label}</label>
      <input id={`vitals-${key}`} ref={ref} inputMode="numeric" value={values[key]} onChange={set(key)} />
    </div>
  );
  return (
    <form
      className="console-pad console-vitals"
      aria-labelledby="console-vitals"
      onSubmit={(event) => {
        event.preventDefault();
        const reading = {
          systolic: num(values.systolic),
          diastolic: num(values.diastolic),
          heartRate: num(values.heartRate),
          spo2: num(values.spo2),
          respiratoryRate: values.respiratoryRate.trim() === '' ? null : num(values.respiratoryRate),
          sedation: values.sedation === '' ? null : (Number(values.sedation) as 0 | 1 | 2 | 3 | 4 | 5),
        };
        if ([reading.systolic, reading.diastolic, reading.heartRate, reading.spo2].some((n) => !Number.isInteger(n))) {
          setProblem('Enter blood pressure, heart rate and SpO2 as whole numbers.');
          return;
        }
        setProblem('');
        void log({ kind: 'vitals', body: { purpose, recheckOf: null, reading } });
        setValues({ systolic: '', diastolic: '', heartRate: '', spo2: '', respiratoryRate: '', sedation: '' });
      }}
    >
      <h2 id="console-vitals">
        {purpose === 'baseline' ? 'Baseline vitals' : 'Vitals'} <Kbd k={ACTION_KEYS.vitals} />
      </h2>
      <div className="console-vitals-grid">
        {field('systolic', 'Systolic', firstRef)}
        {field('diastolic', 'Diastolic')}
        {field('heartRate', 'Heart rate')}
        {field('spo2', 'SpO2 %')}
        {field('respiratoryRate', 'RR (optional)')}
        {purpose !== 'baseline' && (
          <div className="console-vital">
            <label htmlFor="vitals-sedation">MOAA/S</label>
            <select id="vitals-sedation" value={values.sedation} onChange={set('sedation')}>
              <option value="">Not rated</option>
              {MOAAS_SCALE.map((s) => (
                <option key={s.score} value={s.score}>
                  {s.score} — {s.description}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {problem && <p className="console-problem">{problem}</p>}
      <button type="submit" className="console-tap console-save">
        Save vitals
      </button>
    </form>
  );
}

export function AdverseEventForm({ log, firstRef }: { log: Log; firstRef: RefObject<HTMLSelectElement | null> }) {
  const empty = {
    eventKind: 'nausea_vomiting',
    otherDescription: '',
    severity: 'mild',
    serious: false,
    actionTaken: '',
    outcome: 'ongoing',
  };
  const [v, setV] = useState(empty);
  return (
    <form
      className="console-pad"
      aria-labelledby="console-adverse"
      onSubmit={(event) => {
        event.preventDefault();
        void log({ kind: 'adverse_event', body: v as never });
        setV(empty);
      }}
    >
      <h2 id="console-adverse">
        Adverse event <Kbd k={ACTION_KEYS.adverse} />
      </h2>
      <div className="console-vitals-grid">
        <div className="console-vital">
          <label htmlFor="ae-kind">What happened</label>
          <select id="ae-kind" ref={firstRef} value={v.eventKind} onChange={(e) => setV({ ...v, eventKind: e.target.value })}>
            {ADVERSE_EVENT_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="console-vital">
          <label htmlFor="ae-severity">Severity</label>
          <select id="ae-severity" value={v.severity} onChange={(e) => setV({ ...v, severity: e.target.value })}>
            {SEVERITY_CODES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="console-vital">
          <label htmlFor="ae-outcome">Outcome</label>
          <select id="ae-outcome" value={v.outcome} onChange={(e) => setV({ ...v, outcome: e.target.value })}>
            {OUTCOME_CODES.map((o) => (
              <option key={o} value={o}>
                {o.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <div className="console-vital console-vital-wide">
          <label htmlFor="ae-action">Action taken</label>
          <input id="ae-action" value={v.actionTaken} onChange={(e) => setV({ ...v, actionTaken: e.target.value })} />
        </div>
        {v.eventKind === 'other' && (
          <div className="console-vital console-vital-wide">
            <label htmlFor="ae-other">Describe it</label>
            <input id="ae-other" value={v.otherDescription} onChange={(e) => setV({ ...v, otherDescription: e.target.value })} />
          </div>
        )}
        <label className="console-choice">
          <input type="checkbox" checked={v.serious} onChange={(e) => setV({ ...v, serious: e.target.checked })} /> Serious
        </label>
      </div>
      <button type="submit" className="console-tap console-save">
        Save adverse event
      </button>
    </form>
  );
}
