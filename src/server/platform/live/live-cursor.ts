import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { LiveBus, LiveEvent } from './live-bus.js';
import { latestLiveSeq, liveEventsSince } from './live-events.repository.js';

const PAGE = 500;

export interface CursorSink {
  /** The cursor is caught up and stands at `seq`; live events follow. */
  ready(seq: number): void;
  /** The next event of the topic, in order, each exactly once. */
  event(event: LiveEvent): void;
  /**
   * Events the reader asked for are no longer kept (pruned): it should reload what it shows, then go on
   * from `latest`, which the stream now stands at.
   */
  reset(latest: number): void;
  failed(err: unknown): void;
}

export interface LiveCursor {
  /** Re-reads the event log from the last delivered event (after a lost listener, and as a periodic safety net). */
  catchUp(): void;
  /** The number of the last event delivered. */
  position(): number;
  close(): void;
}

/**
 * Delivers one topic to one reader in order, each event once. A topic's events are numbered 1, 2, 3…
 * and commit in that order (see live-events.repository.ts), so the cursor knows exactly what comes
 * next: an announcement of that number is delivered at once; an older one is a duplicate and skipped;
 * a later one means announcements were missed or arrived out of order (two app servers notify
 * independently), and the cursor reads the log from where it stands instead. All work runs one step at
 * a time, so an announcement arriving during a catch-up waits for it and is then skipped as seen.
 *
 * `since`: the last event the reader has (its Last-Event-ID), or null to start from now.
 */
export function openLiveCursor(db: Kysely<Database>, bus: LiveBus, topic: string, since: number | null, sink: CursorSink): LiveCursor {
  let last = 0;
  let open = true;
  let queue: Promise<void> = Promise.resolve();

  function step(work: () => Promise<void> | void) {
    queue = queue.then(async () => {
      if (!open) return;
      try {
        await work();
      } catch (err) {
        if (open) sink.failed(err);
      }
    });
  }

  async function readLog() {
    for (;;) {
      const page = await liveEventsSince(db, topic, last, PAGE);
      if (!open) return;
      const first = page[0];
      if (first && first.seq !== last + 1) {
        // The events between were pruned: the reader cannot be brought up to date event by event.
        last = await latestLiveSeq(db, topic);
        sink.reset(last);
        return;
      }
      for (const event of page) deliver(event);
      if (page.length < PAGE) return;
    }
  }

  function deliver(event: LiveEvent) {
    if (event.seq !== last + 1) return;
    last = event.seq;
    sink.event(event);
  }

  // Subscribe first, then fix the starting point: nothing committed in between can be missed.
  const unsubscribe = bus.subscribe(topic, (event) =>
    step(async () => {
      if (event.seq <= last) return;
      if (event.seq === last + 1) deliver(event);
      else await readLog();
    }),
  );
  const stopResync = bus.onResync(() => step(readLog));

  step(async () => {
    const latest = await latestLiveSeq(db, topic);
    if (since === null) {
      last = latest;
    } else if (since > latest) {
      // An id this topic never reached (another installation's, or a restored backup): start over.
      last = latest;
      sink.reset(latest);
    } else {
      last = since;
      await readLog();
    }
    sink.ready(last);
  });

  return {
    catchUp: () => step(readLog),
    position: () => last,
    close() {
      open = false;
      unsubscribe();
      stopResync();
    },
  };
}
