import type { ReactNode } from 'react';
import { usePracticeTime } from '../kernel/practice';

/** One step in a history: what changed, the reason given, and who did it when (in the practice's time zone). */
export function TimelineEntry({ what, reason, by, at }: { what: ReactNode; reason?: string | null; by?: string; at: string }) {
  const time = usePracticeTime();
  return (
    <li className="timeline-item">
      <p className="timeline-what">{what}</p>
      {reason && <p className="timeline-reason">“{reason}”</p>}
      <p className="timeline-meta">
        {by && `${by} · `}
        <time dateTime={at}>{time.dateTime(at)}</time>
      </p>
    </li>
  );
}
