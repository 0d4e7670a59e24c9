import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { type AutosaveOptions, isUnsaved, useDraftAutosave } from './draft-autosave';

/** The quiet time after the last keystroke before clinical writing is saved (decision 30). */
export const WRITING_SAVE_DELAY_MS = 1_000;

export const LEAVE_WARNING = 'Some of what you wrote is not saved yet. Leave anyway?';

/**
 * Every form that takes clinical writing uses this: the draft is saved on the server a second after the
 * last keystroke and when a field loses focus, and leaving while something is not saved asks first.
 * Leaving inside the app tries to save first and only asks when that fails; closing or reloading the tab
 * asks through the browser while a save is outstanding (and sends it on the way out either way).
 */
export function useAutosavedDraft<T, R>(options: AutosaveOptions<T, R>) {
  const draft = useDraftAutosave({ delayMs: WRITING_SAVE_DELAY_MS, ...options });
  const unsaved = isUnsaved(draft.state);
  useLeaveGuard(unsaved, draft.settle);
  return { ...draft, unsaved, onBlur: () => void draft.flush() };
}

function useLeaveGuard(unsaved: boolean, settle: () => Promise<boolean>) {
  const blocker = useBlocker(unsaved);
  const current = useRef(blocker);
  current.current = blocker;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let asked = false;
    // A save that hangs must not hold the person on the page: after a few seconds, ask instead.
    const gaveUp = new Promise<boolean>((resolve) => window.setTimeout(() => resolve(false), 4_000));
    void Promise.race([settle(), gaveUp]).then((saved) => {
      if (asked || current.current.state !== 'blocked') return;
      asked = true;
      if (saved || window.confirm(LEAVE_WARNING)) current.current.proceed?.();
      else current.current.reset?.();
    });
    return () => {
      asked = true;
    };
  }, [blocker.state, settle]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
