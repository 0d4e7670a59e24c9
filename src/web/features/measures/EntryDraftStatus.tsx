import { errorMessage } from '../../api/api-error';
import type { SaveState } from '../../kernel/draft-autosave';

const WORDS: Record<SaveState, string> = {
  idle: 'Answers are saved as you record them.',
  waiting: 'Saving…',
  saving: 'Saving…',
  saved: 'Answers so far are saved as a draft.',
  retrying: 'Not saved yet; trying again. The answers are still here.',
  refused: '',
};

/** One quiet line; only trouble is announced. */
export function EntryDraftStatus({ state, refusal }: { state: SaveState; refusal: unknown }) {
  const trouble = state === 'retrying' || state === 'refused';
  return (
    <p className={trouble ? 'draft-status draft-status-trouble' : 'draft-status muted small'} role={trouble ? 'status' : undefined}>
      {state === 'refused' ? errorMessage(refusal) : WORDS[state]}
    </p>
  );
}
