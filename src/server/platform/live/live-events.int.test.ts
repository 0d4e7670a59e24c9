import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';
import { inTransaction } from '../deps.js';
import { type LiveEvent, LivePayloadTooLargeError } from './live-bus.js';
import { type CursorSink, openLiveCursor } from './live-cursor.js';
import { latestLiveSeq, liveEventsSince } from './live-events.repository.js';
import { pruneLiveEvents } from './prune-live-events.js';

const added = (n: number) => ({ type: 'test.added', data: { n } });

function recordingSink() {
  const seen: { kind: 'event' | 'reset' | 'ready'; seq: number }[] = [];
  const waiters: (() => void)[] = [];
  const sink: CursorSink = {
    ready: (seq) => push({ kind: 'ready', seq }),
    event: (event) => push({ kind: 'event', seq: event.seq }),
    reset: (seq) => push({ kind: 'reset', seq }),
    failed: (err) => {
      throw err;
    },
  };
  function push(entry: (typeof seen)[number]) {
    seen.push(entry);
    for (const w of waiters.splice(0)) w();
  }
  async function until(check: () => boolean) {
    const deadline = Date.now() + 3_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`gave up waiting; saw ${JSON.stringify(seen)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 20);
      });
    }
  }
  const events = () => seen.filter((s) => s.kind === 'event').map((s) => s.seq);
  return { sink, seen, events, until };
}

describe.each(TEST_DIALECTS)('live events (%s)', (dialect) => {
  let t: TestApp;
  const announced: LiveEvent[] = [];

  beforeEach(async () => {
    t = await createTestApp(dialect);
    announced.length = 0;
    t.deps.live.subscribe('session.a', (e) => announced.push(e));
  });
  afterEach(() => t.close());

  describe('the unit of work', () => {
    it('stores each event with the change and announces it after commit, numbered 1, 2, 3 within its topic', async () => {
      await inTransaction(t.deps, async (tx) => {
        tx.publish('session.a', added(1));
        tx.publish('session.b', added(1));
        tx.publish('session.a', added(2));
      });
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(3)));
      expect(announced.map((e) => [e.seq, e.data.n])).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
      ]);
      const stored = await liveEventsSince(t.deps.db, 'session.a', 0, 10);
      expect(stored.map((e) => ({ seq: e.seq, type: e.type, data: e.data }))).toEqual([
        { seq: 1, type: 'test.added', data: { n: 1 } },
        { seq: 2, type: 'test.added', data: { n: 2 } },
        { seq: 3, type: 'test.added', data: { n: 3 } },
      ]);
      expect(await latestLiveSeq(t.deps.db, 'session.b')).toBe(1);
    });

    it('neither stores nor announces an event whose change rolled back, and gives its number to the next', async () => {
      await expect(
        inTransaction(t.deps, async (tx) => {
          tx.publish('session.a', added(1));
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(announced).toEqual([]);
      expect(await liveEventsSince(t.deps.db, 'session.a', 0, 10)).toEqual([]);
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(2)));
      expect(announced.map((e) => e.seq)).toEqual([1]);
    });

    it('refuses an oversized event inside the transaction, so the change does not land silently unannounced', async () => {
      await expect(
        inTransaction(t.deps, async (tx) => tx.publish('session.a', { type: 'test.added', data: { text: 'x'.repeat(8_000) } })),
      ).rejects.toThrow(LivePayloadTooLargeError);
      expect(await latestLiveSeq(t.deps.db, 'session.a')).toBe(0);
    });

    it('keeps the committed change when announcing fails', async () => {
      const failing = await createTestApp(dialect, {
        live: {
          publish: async () => {
            throw new Error('bus down');
          },
          subscribe: () => () => {},
          onResync: () => () => {},
          close: async () => {},
        },
      });
      try {
        await inTransaction(failing.deps, async (tx) => tx.publish('session.a', added(1)));
        expect(await latestLiveSeq(failing.deps.db, 'session.a')).toBe(1);
      } finally {
        await failing.close();
      }
    });
  });

  describe('a cursor', () => {
    it('starting from now delivers only what comes after, each once', async () => {
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(1)));
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', null, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(2)));
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(3)));
      await r.until(() => r.events().length === 2);
      expect(r.seen).toEqual([
        { kind: 'ready', seq: 1 },
        { kind: 'event', seq: 2 },
        { kind: 'event', seq: 3 },
      ]);
      cursor.close();
    });

    it('resuming from an id replays what was missed in order, then goes on live', async () => {
      for (let n = 1; n <= 5; n++) await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(n)));
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', 2, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(6)));
      await r.until(() => r.events().length === 4);
      expect(r.events()).toEqual([3, 4, 5, 6]);
      cursor.close();
    });

    it('skips a repeated announcement and reads the log when one arrives ahead of its turn', async () => {
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', null, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(1)));
      await r.until(() => r.events().length === 1);
      // Two more commit, but only the later one's announcement arrives (the other server's came late), then the
      // late one, then a repeat: the cursor delivers 2 and 3 once each, in order.
      const quiet = { ...t.deps, live: { ...t.deps.live, publish: async () => {} } };
      await inTransaction(quiet, async (tx) => tx.publish('session.a', added(2)));
      await inTransaction(quiet, async (tx) => tx.publish('session.a', added(3)));
      const [two, three] = await liveEventsSince(t.deps.db, 'session.a', 1, 10);
      await t.deps.live.publish(three as LiveEvent);
      await t.deps.live.publish(two as LiveEvent);
      await t.deps.live.publish(three as LiveEvent);
      await r.until(() => r.events().length === 3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(r.events()).toEqual([1, 2, 3]);
      cursor.close();
    });

    it('after a resync, and at its periodic catch-up, finds events whose announcement never came', async () => {
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', null, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      const quiet = { ...t.deps, live: { ...t.deps.live, publish: async () => {} } };
      await inTransaction(quiet, async (tx) => tx.publish('session.a', added(1)));
      cursor.catchUp();
      await r.until(() => r.events().length === 1);
      await inTransaction(quiet, async (tx) => tx.publish('session.a', added(2)));
      cursor.catchUp();
      cursor.catchUp();
      await r.until(() => r.events().length === 2);
      expect(r.events()).toEqual([1, 2]);
      cursor.close();
    });

    it('tells a reader whose missed events were pruned to reload, then goes on from the latest', async () => {
      for (let n = 1; n <= 3; n++) await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(n)));
      t.advance(49 * 3_600_000);
      expect(await pruneLiveEvents(t.deps)).toBe(3);
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(4)));
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', 1, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      expect(r.seen).toEqual([
        { kind: 'reset', seq: 4 },
        { kind: 'ready', seq: 4 },
      ]);
      cursor.close();
    });

    it('treats an id the topic never reached as a fresh start', async () => {
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(1)));
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', 99, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      expect(r.seen).toEqual([
        { kind: 'reset', seq: 1 },
        { kind: 'ready', seq: 1 },
      ]);
      cursor.close();
    });

    it('stops delivering when closed', async () => {
      const r = recordingSink();
      const cursor = openLiveCursor(t.deps.db, t.deps.live, 'session.a', null, r.sink);
      await r.until(() => r.seen.some((s) => s.kind === 'ready'));
      cursor.close();
      await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(1)));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(r.events()).toEqual([]);
    });
  });

  it('pruning keeps the recent events and the topic’s numbering', async () => {
    await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(1)));
    t.advance(47 * 3_600_000);
    await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(2)));
    t.advance(2 * 3_600_000);
    expect(await pruneLiveEvents(t.deps)).toBe(1);
    expect((await liveEventsSince(t.deps.db, 'session.a', 0, 10)).map((e) => e.seq)).toEqual([2]);
    await inTransaction(t.deps, async (tx) => tx.publish('session.a', added(3)));
    expect(await latestLiveSeq(t.deps.db, 'session.a')).toBe(3);
  });
});
