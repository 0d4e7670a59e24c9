import type { ConsoleEntryBody } from '../../../contracts/session-console.contracts';
import type { EntryBatchResult } from './console-types';
import { byId, type OutboxRecord, type OutboxStore } from './outbox-store';

/**
 * The console's outbox: every entry is stored on the device first and shown at once, then sent in
 * batches. The server applies an id once however often it is sent, so a retry after a lost answer is
 * safe; the outbox only has to keep sending until each entry has an answer.
 */

/** Thrown by `send` when the whole request failed; `status` 0 means the network did not answer. */
export class SendFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type SendBatch = (entries: ConsoleEntryBody[]) => Promise<EntryBatchResult>;

export interface OutboxOptions {
  store: OutboxStore;
  sessionId: string;
  send: SendBatch;
  batchSize?: number;
  /** Waits between failed attempts; the last one repeats. */
  retryDelaysMs?: readonly number[];
  setTimer?: (fn: () => void, ms: number) => () => void;
  onChange?: (records: OutboxRecord[]) => void;
}

export interface OutboxSnapshot {
  records: OutboxRecord[];
  pending: number;
  refused: number;
  /** Why the last attempt did not get through, if it did not. */
  lastProblem: string | null;
}

export interface Outbox {
  /** Loads what an earlier visit left on the device and starts sending it. */
  start(): Promise<void>;
  add(entry: ConsoleEntryBody): Promise<void>;
  /** Sends everything pending now; resolves when the outbox is empty or an attempt failed. */
  flush(): Promise<void>;
  snapshot(): OutboxSnapshot;
  stop(): void;
}

const DEFAULT_DELAYS = [1000, 2000, 5000, 10_000, 30_000];

/** A failure worth retrying: no network, the server busy or failing, or the sign-in lapsed. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { store, sessionId, send } = options;
  const batchSize = options.batchSize ?? 50;
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const setTimer =
    options.setTimer ??
    ((fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    });
  const records = new Map<string, OutboxRecord>();
  let lastProblem: string | null = null;
  let failures = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let cancelRetry: (() => void) | null = null;
  let stopped = false;

  const snapshot = (): OutboxSnapshot => {
    const list = [...records.values()].sort(byId);
    return {
      records: list,
      pending: list.filter((r) => r.status === 'pending').length,
      refused: list.filter((r) => r.status === 'refused').length,
      lastProblem,
    };
  };
  const changed = () => options.onChange?.(snapshot().records);

  const settle = async (batch: OutboxRecord[], result: EntryBatchResult) => {
    const byEntry = new Map(result.results.map((r) => [r.id, r]));
    const updated: OutboxRecord[] = [];
    for (const record of batch) {
      const answer = byEntry.get(record.entry.id);
      if (!answer) continue;
      const next: OutboxRecord =
        'error' in answer
          ? { ...record, status: 'refused', problem: answer.error.message }
          : { ...record, status: 'synced', problem: null };
      records.set(record.entry.id, next);
      updated.push(next);
    }
    await store.putMany(updated);
    return updated.length;
  };

  const refuseAll = async (batch: OutboxRecord[], problem: string) => {
    const updated = batch.map((r) => ({ ...r, status: 'refused' as const, problem }));
    for (const r of updated) records.set(r.entry.id, r);
    await store.putMany(updated);
  };

  const scheduleRetry = () => {
    if (stopped || cancelRetry) return;
    const wait = delays[Math.min(failures - 1, delays.length - 1)] ?? 30_000;
    cancelRetry = setTimer(() => {
      cancelRetry = null;
      void flush();
    }, wait);
  };

  /** One pass: send batches in logging order until none is pending or a request fails. */
  const drain = async () => {
    for (;;) {
      const batch = snapshot()
        .records.filter((r) => r.status === 'pending')
        .slice(0, batchSize);
      if (batch.length === 0) return;
      try {
        const result = await send(batch.map((r) => r.entry));
        const answered = await settle(batch, result);
        failures = 0;
        lastProblem = null;
        changed();
        if (answered === 0) return; // an answer naming none of ours: wait for the next nudge rather than loop
      } catch (error) {
        const status = error instanceof SendFailure ? error.status : 0;
        const message = error instanceof Error ? error.message : 'The entries could not be sent.';
        if (isRetryable(status)) {
          failures += 1;
          lastProblem = status === 401 ? 'Please sign in again so these entries can be sent.' : message;
          changed();
          scheduleRetry();
          return;
        }
        await refuseAll(batch, message);
        changed();
      }
    }
  };

  async function flush(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return running;
    }
    cancelRetry?.();
    cancelRetry = null;
    running = (async () => {
      do {
        again = false;
        await drain();
      } while (again && !cancelRetry);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async start() {
      for (const record of await store.list(sessionId)) records.set(record.entry.id, record);
      changed();
      await flush();
    },
    async add(entry) {
      const record: OutboxRecord = { sessionId, entry, status: 'pending', problem: null };
      // Saved on the device before anything else, so a closed tab or lost network loses nothing.
      await store.put(record);
      records.set(entry.id, record);
      changed();
      void flush();
    },
    flush,
    snapshot,
    stop() {
      stopped = true;
      cancelRetry?.();
      cancelRetry = null;
    },
  };
}
