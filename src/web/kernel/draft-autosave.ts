import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';

export type SaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'retrying' | 'refused';

export interface AutosaveOptions<T, R> {
  value: T;
  /** Sends the whole value; `keepalive` when the page is closing. */
  save: (value: T, keepalive: boolean) => Promise<R>;
  onSaved?: (result: R) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  enabled?: boolean;
  /** When the value on screen was last saved, if it came from the server as a draft. */
  savedAt?: string | null;
}

const RETRY_MS = [2_000, 5_000, 10_000, 20_000, 30_000];

/** True while something on the screen is not on the server yet. */
export function isUnsaved(state: SaveState): boolean {
  return state === 'waiting' || state === 'saving' || state === 'retrying' || state === 'refused';
}

/**
 * Saves a draft a moment after each change, as a whole (so a repeated save is harmless), and keeps
 * trying when the connection drops: on a timer, when the browser is back online, and once more with
 * `keepalive` as the page closes or the form goes away. A refusal from the server (a 4xx) stops the retries.
 */
export function useDraftAutosave<T, R>({
  value,
  save,
  onSaved,
  delayMs = 700,
  enabled = true,
  savedAt: initialSavedAt,
}: AutosaveOptions<T, R>) {
  const [state, setState] = useState<SaveState>('idle');
  const [refusal, setRefusal] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt ?? null);
  const key = JSON.stringify(value);
  const latest = useRef({ value, key, save, onSaved });
  latest.current = { value, key, save, onSaved };
  const savedKey = useRef(key);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const attempt = useRef(0);
  const stopped = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (stopped.current || inFlight.current) return;
    const { value: sending, key: sendingKey } = latest.current;
    if (sendingKey === savedKey.current) {
      setState((s) => (s === 'idle' ? s : 'saved'));
      return;
    }
    setState('saving');
    const sent = (async () => {
      try {
        const result = await latest.current.save(sending, false);
        savedKey.current = sendingKey;
        attempt.current = 0;
        setSavedAt(new Date().toISOString());
        latest.current.onSaved?.(result);
        inFlight.current = null;
        if (latest.current.key !== sendingKey) void flush();
        else setState('saved');
      } catch (error) {
        inFlight.current = null;
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          stopped.current = true;
          setRefusal(error);
          setState('refused');
          return;
        }
        setState('retrying');
        const wait = RETRY_MS[Math.min(attempt.current, RETRY_MS.length - 1)];
        attempt.current += 1;
        timer.current = window.setTimeout(() => void flush(), wait);
      }
    })();
    inFlight.current = sent;
    await sent;
  }, []);

  /** Saves now and waits for the answer: true when everything on the screen is on the server. */
  const settle = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    await flush();
    while (inFlight.current) await inFlight.current;
    return latest.current.key === savedKey.current;
  }, [flush]);

  useEffect(() => {
    if (!enabled || key === savedKey.current) return;
    setState((s) => (s === 'retrying' || s === 'refused' ? s : 'waiting'));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), delayMs);
  }, [key, enabled, delayMs, flush]);

  useEffect(() => {
    if (!enabled) return;
    const online = () => void flush();
    // Closing or hiding the page, or the form going away: send what is not saved yet, and let the browser finish it.
    const leaving = () => {
      if (stopped.current || latest.current.key === savedKey.current) return;
      window.clearTimeout(timer.current);
      const { value: sending, key: sendingKey, onSaved: saved } = latest.current;
      latest.current
        .save(sending, true)
        .then((result) => {
          savedKey.current = sendingKey;
          saved?.(result);
        })
        .catch(() => undefined);
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leaving();
    };
    window.addEventListener('online', online);
    window.addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
      window.clearTimeout(timer.current);
      leaving();
    };
  }, [enabled, flush]);

  /** Before sending for good: no save should land after the response. */
  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    stopped.current = true;
  }, []);

  /** After a send that failed: carry on saving as before. */
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  return { state, refusal, savedAt, flush, settle, cancel, resume };
}
