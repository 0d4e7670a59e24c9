import { errorMessage } from '../api/api-error';
import type { SaveState } from '../kernel/draft-autosave';
import { usePracticeTime } from '../kernel/practice';

/**
 * The one line under a piece of clinical writing that says where the draft stands. It is a live region
 * that is always on the page, so each change is read out once, politely, without moving focus.
 */
export function DraftStatus({ state, savedAt, refusal }: { state: SaveState; savedAt: string | null; refusal: unknown }) {
  const time = usePracticeTime();
  const trouble = state === 'retrying' || state === 'refused';
  const words = {
    idle: savedAt ? `Draft saved ${time.time(savedAt)}` : 'Saves as you type.',
    waiting: 'Saving…',
    saving: 'Saving…',
    saved: savedAt ? `Draft saved ${time.time(savedAt)}` : 'Draft saved',
    retrying: 'Not saved — retrying. What you wrote is still here; keep this page open.',
    refused: `Not saved. ${errorMessage(refusal)}`,
  }[state];
  return (
    <p
      className={trouble ? 'draft-status draft-status-trouble' : 'draft-status muted small'}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {words}
    </p>
  );
}
