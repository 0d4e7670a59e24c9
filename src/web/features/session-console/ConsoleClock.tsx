import { useEffect, useState } from 'react';
import type { ConsoleState } from './console-types';

/** Ticks once a second; the device clock is only for display, corrected by the measured offset. */
export function useNow(clockOffsetMs: number, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    const tick = () => setNow(Date.now() + clockOffsetMs);
    tick();
    const timer = setInterval(tick, everyMs);
    return () => clearInterval(timer);
  }, [clockOffsetMs, everyMs]);
  return now;
}

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

function minutesWords(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

interface Props {
  state: ConsoleState;
  now: number;
  soundOn: boolean;
}

export function ConsoleClock({ state, now, soundOn }: Props) {
  const first = state.session.firstDoseAt;
  const next = state.schedule?.nextDueAt ?? null;
  const overdue = state.schedule?.overdueCount ?? 0;
  const dueIn = next ? new Date(next).getTime() - now : null;
  const cue = overdue > 0 ? 'overdue' : dueIn !== null && dueIn <= 2 * 60_000 ? 'soon' : 'calm';
  useChime(soundOn && cue === 'overdue');
  return (
    <section className="console-clock" aria-label="Time since first dose and next vitals">
      <p className="console-clock-label">Time since first dose</p>
      <p className={first ? 'console-clock-time' : 'console-clock-time console-clock-waiting'}>
        {first ? formatElapsed(now - new Date(first).getTime()) : 'Not dosed yet'}
      </p>
      <p className={`console-vitals-cue console-vitals-cue-${cue}`}>
        {overdue > 0 ? (
          <>
            <span className="console-shape" aria-hidden="true">
              ◆
            </span>{' '}
            Vitals overdue{dueIn !== null && dueIn < 0 ? ` by ${minutesWords(dueIn)}` : ''}
          </>
        ) : dueIn !== null ? (
          <>
            <span className="console-shape" aria-hidden="true">
              ○
            </span>{' '}
            Next vitals {dueIn <= 0 ? 'due now' : `in ${minutesWords(dueIn)}`}
          </>
        ) : (
          'No vitals check scheduled'
        )}
      </p>
    </section>
  );
}

/** A soft tone when vitals fall overdue, only when the person switched sound on. */
function useChime(play: boolean) {
  useEffect(() => {
    if (!play || typeof AudioContext === 'undefined') return;
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 528;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.08, audio.currentTime + 0.2);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 1.2);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 1.3);
    return () => void audio.close();
  }, [play]);
}
