import { usePracticeTime } from '../../kernel/practice';
import type { MeasureDraft } from './measure-types';

/**
 * Answers saved but not sent: shown as incomplete with the questions still open, never a score. A
 * safety flag from any of them is already on this chart.
 */
export function InProgressList({ drafts }: { drafts: MeasureDraft[] }) {
  const time = usePracticeTime();
  return (
    <section className="section" aria-labelledby="in-progress-heading">
      <h3 id="in-progress-heading" className="section-title">
        Started, not sent
      </h3>
      <ul className="in-progress-list">
        {drafts.map((draft) => (
          <li key={draft.id} className="in-progress-item">
            <p className="in-progress-title">
              <strong>{draft.instrumentId}</strong> <span className="status-word">Incomplete</span>
            </p>
            <p>{draft.summary}</p>
            <p className="muted small">
              {draft.entryMode === 'client' ? 'By the client, in the portal' : `With the client, in session, by ${draft.startedByName}`} ·
              last saved <time dateTime={draft.updatedAt}>{time.shortDate(draft.updatedAt)}</time> ({time.relative(draft.updatedAt)})
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
