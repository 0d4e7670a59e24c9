import { describe, expect, it } from 'vitest';
import { CACHED_TABLES_TOPIC, CACHED_TABLES_WRITTEN, CachedReads, followCachedTables } from './cached-reads.js';
import { inProcessLiveBus } from './live/live-bus.js';

function clockedReads(ttlMs = 1000) {
  let now = 0;
  const reads = new CachedReads(ttlMs, () => now);
  return { reads, advance: (ms: number) => (now += ms) };
}

describe('cached reads', () => {
  it('answers from memory within the time limit, and reads again after it', async () => {
    const { reads, advance } = clockedReads();
    const kind = reads.kind<string>(['users']);
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await kind.through('a', load)).toBe('v1');
    advance(999);
    expect(await kind.through('a', load)).toBe('v1');
    advance(1);
    expect(await kind.through('a', load)).toBe('v2');
  });

  it('drops a kind when a commit wrote one of its tables, and keeps the others', async () => {
    const { reads } = clockedReads();
    const sessions = reads.kind<string>(['auth_sessions', 'users']);
    const other = reads.kind<string>(['clients']);
    await sessions.through('a', async () => 'old');
    await other.through('x', async () => 'kept');
    expect(reads.watched(['clinician_scores', 'users'])).toEqual(['users']);
    expect(reads.watched(['clinician_scores'])).toEqual([]);
    reads.tablesWritten(['users']);
    expect(sessions.get('a')).toBeUndefined();
    expect(other.get('x')).toBe('kept');
  });

  it('does not keep a read that was in flight while a write to its tables committed', async () => {
    const { reads } = clockedReads();
    const kind = reads.kind<string>(['user_roles']);
    let release!: () => void;
    const inFlight = kind.through('a', () => new Promise<string>((resolve) => (release = () => resolve('before the write'))));
    reads.tablesWritten(['user_roles']);
    release();
    expect(await inFlight).toBe('before the write');
    expect(kind.get('a')).toBeUndefined();
    expect(await kind.through('a', async () => 'after the write')).toBe('after the write');
  });

  it('keeps nothing when the time limit is 0, and nothing that was not found', async () => {
    const off = clockedReads(0).reads.kind<string>(['users']);
    await off.through('a', async () => 'v');
    expect(off.get('a')).toBeUndefined();
    const { reads } = clockedReads();
    const kind = reads.kind<string>(['users']);
    await kind.through('missing', async () => undefined);
    let loaded = false;
    await kind.through('missing', async () => {
      loaded = true;
      return 'now there';
    });
    expect(loaded).toBe(true);
  });

  it('keeps at most the given number of entries, the oldest leaving first', async () => {
    const { reads } = clockedReads();
    const kind = reads.kind<string>(['users'], 2);
    for (const key of ['a', 'b', 'c']) await kind.through(key, async () => key);
    expect(kind.get('a')).toBeUndefined();
    expect(kind.get('b')).toBe('b');
    expect(kind.get('c')).toBe('c');
  });

  it('follows the other servers through the live bus', async () => {
    const { reads } = clockedReads();
    const kind = reads.kind<string>(['users']);
    const bus = inProcessLiveBus();
    const stop = followCachedTables(reads, bus);
    await kind.through('a', async () => 'old');
    await bus.publish({ topic: CACHED_TABLES_TOPIC, seq: 1, at: '', type: CACHED_TABLES_WRITTEN, data: { tables: 'clients,users' } });
    expect(kind.get('a')).toBeUndefined();
    await kind.through('a', async () => 'again');
    await bus.publish({ topic: CACHED_TABLES_TOPIC, seq: 2, at: '', type: CACHED_TABLES_WRITTEN, data: { tables: 'clients' } });
    expect(kind.get('a')).toBe('again');
    stop();
    await bus.close();
  });

  it('drops every kind when told announcements may have been missed', async () => {
    const { reads } = clockedReads();
    const a = reads.kind<string>(['users']);
    const b = reads.kind<string>(['clients']);
    await a.through('k', async () => 'a');
    await b.through('k', async () => 'b');
    reads.clearAll();
    expect(a.get('k')).toBeUndefined();
    expect(b.get('k')).toBeUndefined();
  });
});
