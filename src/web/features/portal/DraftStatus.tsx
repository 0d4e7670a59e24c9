import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import type { SaveState } from '../../kernel/draft-autosave';

const WORDS: Record<SaveState, string> = {
  idle: 'Your answers are saved as you go.',
  waiting: 'Saving…',
  saving: 'Saving…',
  saved: 'Your answers so far are saved.',
  retrying: 'Not saved yet. We’ll keep trying; your answers are still here.',
  refused: '',
};

/**
 * A quiet line under the questions. Only a change that matters is announced (could not save, saved
 * again), so a screen reader is not told "saved" after every answer.
 */
export function DraftStatus({ state, refusal }: { state: SaveState; refusal: unknown }) {
  const [announce, setAnnounce] = useState('');
  const troubled = useRef(false);
  useEffect(() => {
    if (state === 'retrying' || state === 'refused') {
      troubled.current = true;
      setAnnounce(state === 'refused' ? errorMessage(refusal) : WORDS.retrying);
    } else if (state === 'saved' && troubled.current) {
      troubled.current = false;
      setAnnounce('Your answers are saved again.');
    }
  }, [state, refusal]);
  const text = state === 'refused' ? errorMessage(refusal) : WORDS[state];
  const tone = state === 'retrying' || state === 'refused' ? 'portal-draft-status portal-draft-status-trouble' : 'portal-draft-status';
  return (
    <>
      <p className={tone} data-state={state}>
        {state === 'saved' && (
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </>
  );
}
