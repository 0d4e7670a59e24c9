import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { consoleApi } from './console.api';
import type { ConsoleState, EntryContent, TimelineEntryView } from './console-types';
import { idbOutboxStore } from './idb-outbox-store';
import { makeEntry } from './make-entry';
import { createOutbox, type Outbox } from './outbox';
import type { OutboxRecord } from './outbox-store';

/**
 * Event types the session stream may carry. Any of them means "something changed": the console then
 * asks for entries after its cursor, so the event's own payload never has to be trusted for content.
 */
const STREAM_EVENTS = ['message', 'live.ready', 'live.reset', 'session.entry_added', 'session.alert_changed'];

export type LoadProblem = { kind: 'signed_out' | 'not_found' | 'offline' | 'other'; message: string } | null;

export interface ConsoleModel {
  state: ConsoleState | null;
  entries: TimelineEntryView[];
  local: OutboxRecord[];
  clockOffsetMs: number;
  problem: LoadProblem;
  live: boolean;
  log: (content: EntryContent) => Promise<void>;
  acknowledge: (alertId: string) => Promise<void>;
  syncNow: () => void;
}

function mergeEntries(current: TimelineEntryView[], incoming: TimelineEntryView[]): TimelineEntryView[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const entry of incoming) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) =>
    a.serverTime === b.serverTime ? a.id.localeCompare(b.id) : a.serverTime.localeCompare(b.serverTime),
  );
}

const stateKey = (sessionId: string) => `holdspace.console.state.${sessionId}`;

/** The last state seen, so a reload with no network still shows the session and its timeline. */
function lastState(sessionId: string): ConsoleState | null {
  try {
    const text = localStorage.getItem(stateKey(sessionId));
    const state = text ? (JSON.parse(text) as ConsoleState) : null;
    // A state kept by an older version of the console, before it carried "at a glance", is not used.
    return state?.glance ? state : null;
  } catch {
    return null;
  }
}

export function useSessionConsole(sessionId: string): ConsoleModel {
  const [state, setState] = useState<ConsoleState | null>(() => lastState(sessionId));
  const [entries, setEntries] = useState<TimelineEntryView[]>(() => lastState(sessionId)?.entries ?? []);
  const [local, setLocal] = useState<OutboxRecord[]>([]);
  const [problem, setProblem] = useState<LoadProblem>(null);
  const [live, setLive] = useState(false);
  const [clockOffsetMs, setClockOffset] = useState(0);
  const cursor = useRef<string | null>(null);
  const outbox = useRef<Outbox | null>(null);
  const offsetRef = useRef(0);

  const refresh = useCallback(async () => {
    const sentAt = Date.now();
    try {
      const next = await consoleApi.state(sessionId);
      // Halfway through the round trip is the best guess of when the server read its clock.
      const offset = new Date(next.serverNow).getTime() - (sentAt + Date.now()) / 2;
      offsetRef.current = offset;
      setClockOffset(offset);
      setState(next);
      try {
        localStorage.setItem(stateKey(sessionId), JSON.stringify(next));
      } catch {
        // Storage full or refused: the console still works while the page stays open.
      }
      setEntries((current) => mergeEntries(current, next.entries));
      cursor.current = next.cursor;
      setProblem(null);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      const message = (error as Error).message;
      setProblem(
        status === 401
          ? { kind: 'signed_out', message }
          : status === 404
            ? { kind: 'not_found', message }
            : status === 0
              ? { kind: 'offline', message }
              : { kind: 'other', message },
      );
    }
  }, [sessionId]);

  const catchUp = useCallback(async () => {
    try {
      const page = await consoleApi.entriesAfter(sessionId, cursor.current);
      if (page.entries.length > 0) setEntries((current) => mergeEntries(current, page.entries));
      if (page.cursor) cursor.current = page.cursor;
    } catch {
      // The next event or reconnect asks again.
    }
  }, [sessionId]);

  useEffect(() => {
    const box = createOutbox({
      store: idbOutboxStore(),
      sessionId,
      send: (batch) => consoleApi.sendBatch(sessionId, batch),
      onChange: (records) => setLocal(records),
    });
    outbox.current = box;
    void box.start().then(() => refresh());
    const online = () => void box.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      box.stop();
    };
  }, [sessionId, refresh]);

  // After each batch lands, the server's picture (alerts, schedule, discharge) may have changed.
  const syncedCount = local.filter((r) => r.status === 'synced').length;
  useEffect(() => {
    if (syncedCount > 0) void refresh();
  }, [syncedCount, refresh]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(consoleApi.streamUrl(sessionId), { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | null = null;
    const changed = () => {
      void catchUp();
      // Derived parts (alerts, the schedule) come with the state; one refresh per burst of events.
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 250);
    };
    for (const type of STREAM_EVENTS) source.addEventListener(type, changed);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [sessionId, catchUp, refresh]);

  const log = useCallback(async (content: EntryContent) => {
    await outbox.current?.add(makeEntry(content, offsetRef.current));
  }, []);

  const acknowledge = useCallback(
    async (alertId: string) => {
      try {
        await consoleApi.acknowledge(sessionId, alertId);
      } catch {
        // Offline: the acknowledgement waits in the outbox like any entry.
        await log({ kind: 'alert_acknowledged', body: { alertId, note: '' } });
      }
      await refresh();
    },
    [sessionId, log, refresh],
  );

  const syncNow = useCallback(() => void outbox.current?.flush(), []);

  return useMemo(
    () => ({ state, entries, local, clockOffsetMs, problem, live, log, acknowledge, syncNow }),
    [state, entries, local, clockOffsetMs, problem, live, log, acknowledge, syncNow],
  );
}
