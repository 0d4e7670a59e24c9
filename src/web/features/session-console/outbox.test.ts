import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ConsoleEntryBody } from '../../../contracts/session-console.contracts';
import type { EntryBatchResult } from './console-types';
import { createOutbox, type SendBatch, SendFailure } from './outbox';
import { memoryOutboxStore } from './outbox-store';

const SESSION = '0190f5c2-0000-7000-8000-000000000001';

function note(text: string): ConsoleEntryBody {
  return { id: uuidv7(), deviceTime: new Date().toISOString(), clockOffsetMs: 0, kind: 'note', body: { text } };
}

/** A fake server that applies each id once, like the real one, and can be switched off. */
function fakeServer() {
  const applied = new Map<string, string>();
  const server = { online: true, calls: 0, applied, failNext: 0 };
  const send: SendBatch = async (entries) => {
    server.calls += 1;
    if (!server.online) throw new SendFailure(0, 'We could not reach Holdspace.');
    if (server.failNext > 0) {
      server.failNext -= 1;
      throw new SendFailure(503, 'Holdspace is busy.');
    }
    const results: EntryBatchResult['results'] = entries.map((e) => {
      const body = JSON.stringify(e.body);
      const seen = applied.get(e.id);
      if (seen !== undefined && seen !== body)
        return { id: e.id, outcome: 'conflict', error: { code: 'conflict', message: 'This id was used for a different entry.' } };
      applied.set(e.id, body);
      const now = new Date().toISOString();
      return { id: e.id, outcome: seen ? 'duplicate' : 'applied', serverTime: now, occurredAt: now, timeSource: 'server' };
    });
    return { results };
  };
  return { server, send };
}

/** Timers the test fires by hand, so retries need no waiting. */
function manualTimers() {
  const queue: { fn: () => void; ms: number }[] = [];
  return {
    queue,
    setTimer: (fn: () => void, ms: number) => {
      const item = { fn, ms };
      queue.push(item);
      return () => queue.splice(queue.indexOf(item), 1);
    },
    fire: async () => {
      const item = queue.shift();
      item?.fn();
      await Promise.resolve();
    },
  };
}

describe('console outbox', () => {
  it('keeps an entry on the device before sending it, then marks it synced', async () => {
    const store = memoryOutboxStore();
    const { server, send } = fakeServer();
    const outbox = createOutbox({ store, sessionId: SESSION, send });
    const entry = note('Breathing slows');
    await outbox.add(entry);
    expect(store.records.get(entry.id)?.entry).toEqual(entry);
    await outbox.flush();
    expect(server.applied.size).toBe(1);
    expect(outbox.snapshot().pending).toBe(0);
    expect(store.records.get(entry.id)?.status).toBe('synced');
  });

  it('holds 20 entries logged offline and sends each exactly once when the network returns', async () => {
    const store = memoryOutboxStore();
    const { server, send } = fakeServer();
    const timers = manualTimers();
    const outbox = createOutbox({ store, sessionId: SESSION, send, batchSize: 8, setTimer: timers.setTimer });
    server.online = false;
    for (let i = 0; i < 20; i += 1) await outbox.add(note(`entry ${i}`));
    await outbox.flush();
    expect(outbox.snapshot().pending).toBe(20);
    expect(outbox.snapshot().lastProblem).toMatch(/could not reach/);
    expect(timers.queue.length).toBe(1);
    server.online = true;
    await timers.fire();
    await outbox.flush();
    expect(server.applied.size).toBe(20);
    expect(outbox.snapshot().pending).toBe(0);
    expect(outbox.snapshot().lastProblem).toBeNull();
  });

  it('sends in logging order, in batches no larger than asked', async () => {
    const store = memoryOutboxStore();
    const sizes: number[] = [];
    const order: string[] = [];
    const { send } = fakeServer();
    const entries = Array.from({ length: 7 }, (_, i) => note(`n${i}`));
    for (const entry of entries) await store.put({ sessionId: SESSION, entry, status: 'pending', problem: null });
    const outbox = createOutbox({
      store,
      sessionId: SESSION,
      batchSize: 3,
      send: async (batch) => {
        sizes.push(batch.length);
        order.push(...batch.map((e) => (e.kind === 'note' ? e.body.text : '')));
        return send(batch);
      },
    });
    await outbox.start();
    expect(sizes).toEqual([3, 3, 1]);
    expect(order).toEqual(entries.map((_, i) => `n${i}`));
  });

  it('resends after a lost answer without doubling anything', async () => {
    const store = memoryOutboxStore();
    const { server, send } = fakeServer();
    let loseAnswer = true;
    const timers = manualTimers();
    const outbox = createOutbox({
      store,
      sessionId: SESSION,
      setTimer: timers.setTimer,
      send: async (entries) => {
        const result = await send(entries);
        if (loseAnswer) {
          loseAnswer = false;
          throw new SendFailure(0, 'The connection dropped.');
        }
        return result;
      },
    });
    await outbox.add(note('a'));
    await outbox.flush();
    expect(outbox.snapshot().pending).toBe(1);
    await timers.fire();
    await outbox.flush();
    expect(server.applied.size).toBe(1);
    expect(outbox.snapshot().pending).toBe(0);
  });

  it('backs off after each failure and starts over after a success', async () => {
    const store = memoryOutboxStore();
    const { server, send } = fakeServer();
    const timers = manualTimers();
    const outbox = createOutbox({ store, sessionId: SESSION, send, setTimer: timers.setTimer, retryDelaysMs: [10, 20, 40] });
    server.failNext = 3;
    await outbox.add(note('a'));
    await outbox.flush();
    expect(timers.queue.map((t) => t.ms)).toEqual([10]);
    await timers.fire();
    await outbox.flush();
    expect(timers.queue.map((t) => t.ms)).toEqual([20]);
    await timers.fire();
    await outbox.flush();
    expect(timers.queue.map((t) => t.ms)).toEqual([40]);
    await timers.fire();
    await outbox.flush();
    expect(outbox.snapshot().pending).toBe(0);
    expect(timers.queue).toEqual([]);
  });

  it('keeps a refused entry with the reason and does not retry it', async () => {
    const store = memoryOutboxStore();
    const { server, send } = fakeServer();
    const outbox = createOutbox({ store, sessionId: SESSION, send });
    const entry = note('first words');
    server.applied.set(entry.id, JSON.stringify({ text: 'other words' }));
    await outbox.add(entry);
    await outbox.flush();
    const calls = server.calls;
    await outbox.flush();
    expect(server.calls).toBe(calls);
    expect(outbox.snapshot().refused).toBe(1);
    expect(store.records.get(entry.id)?.problem).toMatch(/different entry/);
  });

  it('refuses a batch the server turned down as a whole, and keeps going with the rest', async () => {
    const store = memoryOutboxStore();
    const { send } = fakeServer();
    let first = true;
    await store.putMany([
      { sessionId: SESSION, entry: note('a'), status: 'pending', problem: null },
      { sessionId: SESSION, entry: note('b'), status: 'pending', problem: null },
    ]);
    const outbox = createOutbox({
      store,
      sessionId: SESSION,
      batchSize: 1,
      send: async (batch) => {
        if (!first) return send(batch);
        first = false;
        throw new SendFailure(404, 'We could not find that session.');
      },
    });
    await outbox.start();
    expect(outbox.snapshot().records.map((r) => r.status)).toEqual(['refused', 'synced']);
    expect(outbox.snapshot().records[0]?.problem).toMatch(/could not find/);
  });

  it('picks up what an earlier visit left on the device', async () => {
    const store = memoryOutboxStore();
    const { server, send } = fakeServer();
    const entry = note('left over');
    await store.put({ sessionId: SESSION, entry, status: 'pending', problem: null });
    await store.put({ sessionId: 'another-session', entry: note('not ours'), status: 'pending', problem: null });
    const outbox = createOutbox({ store, sessionId: SESSION, send });
    await outbox.start();
    expect([...server.applied.keys()]).toEqual([entry.id]);
  });
});
