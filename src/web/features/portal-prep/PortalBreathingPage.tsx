import { useEffect, useState } from 'react';
import { PortalHeading, usePortalTitle } from '../portal';
import { PortalBack } from './PortalBack';

const PACES = [
  { value: 4, label: 'Slower: 4 seconds in, 6 out' },
  { value: 3, label: 'Gentle: 3 seconds in, 5 out' },
  { value: 5, label: 'Deep: 5 seconds in, 7 out' },
] as const;

/**
 * Paced breathing with the out-breath longer than the in-breath. The circle grows and shrinks only when
 * motion is welcome (CSS handles prefers-reduced-motion); the words change on each phase and are announced
 * politely — once per breath, never every second.
 */
export function PortalBreathingPage() {
  usePortalTitle('Paced breathing');
  const [inSeconds, setInSeconds] = useState<number>(4);
  const [running, setRunning] = useState(false);
  const [phase, setPhase] = useState<'in' | 'out'>('in');
  const outSeconds = inSeconds + 2;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => setPhase(phase === 'in' ? 'out' : 'in'), (phase === 'in' ? inSeconds : outSeconds) * 1000);
    return () => window.clearTimeout(timer);
  }, [running, phase, inSeconds, outSeconds]);
  const toggle = () => {
    setPhase('in');
    setRunning(!running);
  };
  const seconds = phase === 'in' ? inSeconds : outSeconds;
  return (
    <>
      <PortalBack to="/portal/toolkit" label="Back to your toolkit" />
      <PortalHeading>Paced breathing</PortalHeading>
      <p className="portal-lead">Breathe in through the nose, and out a little longer than in. Stop whenever you like.</p>
      <fieldset className="field fieldset portal-pace">
        <legend className="field-label">Pace</legend>
        {PACES.map((p) => (
          <div className="portal-option-row" key={p.value}>
            <input type="radio" id={`pace-${p.value}`} name="pace" checked={inSeconds === p.value} onChange={() => setInSeconds(p.value)} />
            <label htmlFor={`pace-${p.value}`}>{p.label}</label>
          </div>
        ))}
      </fieldset>
      <div
        className={`breath ${running ? `breath-${phase}` : ''}`}
        style={{ ['--breath-seconds' as string]: `${seconds}s` }}
        aria-hidden="true"
      >
        <div className="breath-circle" />
      </div>
      <p className="breath-words" aria-live="polite">
        {running ? (phase === 'in' ? 'Breathe in' : 'Breathe out') : 'Ready when you are.'}
      </p>
      <button type="button" className="portal-button portal-button-primary" onClick={toggle} aria-pressed={running}>
        {running ? 'Stop' : 'Start breathing'}
      </button>
    </>
  );
}
