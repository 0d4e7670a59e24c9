import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LiveTestServer, publishInTransaction, startLiveTestServer, TEST_TOPIC } from '../../../testing/live-server.js';
import { openTestStream, type TestStream } from '../../../testing/sse-client.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../../testing/test-database.js';
import { inProcessLiveBus } from './live-bus.js';
import { STREAM_ENDED, STREAM_READY } from './sse.js';

const added = (n: number) => ({ type: 'test.added', data: { n } });
const ready = (s: TestStream) => s.waitFor((events) => events.some((e) => e.event === STREAM_READY));
const seqs = (s: TestStream) => s.events.filter((e) => e.event === 'test.added').map((e) => Number(e.id));

describe.each(TEST_DIALECTS)('a live stream over SSE (%s)', (dialect) => {
  let database: TestDatabase;
  let server: LiveTestServer;
  const open: TestStream[] = [];
  const stream = async (...args: Parameters<typeof openTestStream>) => {
    const s = await openTestStream(...args);
    open.push(s);
    return s;
  };

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    server = await startLiveTestServer(database.db, database.dialect, inProcessLiveBus(), { heartbeatMs: 100, maxPerPerson: 2 });
  });
  afterEach(async () => {
    for (const s of open.splice(0)) s.close();
    await server?.close();
    await database?.drop();
  });

  describe('refuses before the stream starts, in the one error shape', () => {
    it('answers 401 to someone not signed in', async () => {
      const s = await stream(server.streamUrl('s1'));
      expect(s.status).toBe(401);
      expect(s.headers.get('content-type')).toMatch(/application\/json/);
      expect(JSON.parse(s.body)).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
    });

    it('answers 404 for a record the person may not see', async () => {
      const s = await stream(server.streamUrl('hidden'), { cookie: await server.signedIn() });
      expect(s.status).toBe(404);
      expect(JSON.parse(s.body).error.code).toBe('not_found');
    });

    it('answers 400 naming Last-Event-ID or since when it is not an event number', async () => {
      const cookie = await server.signedIn();
      const byHeader = await stream(server.streamUrl('s1'), { cookie, lastEventId: 'abc' });
      expect(byHeader.status).toBe(400);
      expect(JSON.parse(byHeader.body).error.issues).toEqual([{ path: 'Last-Event-ID', message: expect.any(String) }]);
      const byQuery = await stream(server.streamUrl('s1', 'since=-1'), { cookie });
      expect(JSON.parse(byQuery.body).error.issues[0].path).toBe('since');
    });
  });

  it('streams committed events with id, event and data lines, unbuffered and uncached', async () => {
    const s = await stream(server.streamUrl('s1'), { cookie: await server.signedIn() });
    expect(s.status).toBe(200);
    expect(s.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(s.headers.get('cache-control')).toBe('no-store');
    expect(s.headers.get('x-accel-buffering')).toBe('no');
    await ready(s);
    await publishInTransaction(server.deps, TEST_TOPIC('s1'), added(1), added(2));
    await publishInTransaction(server.deps, TEST_TOPIC('other'), added(9));
    await s.waitFor(() => seqs(s).length === 2);
    const [first] = s.events.filter((e) => e.event === 'test.added');
    expect(first?.id).toBe('1');
    expect(JSON.parse(first?.data ?? '')).toEqual({ seq: 1, type: 'test.added', data: { n: 1 }, at: '2026-11-22T10:00:00.000Z' });
    expect(seqs(s)).toEqual([1, 2]);
  });

  it('resumes from Last-Event-ID (or ?since=): what was missed first, in order, then live, nothing twice', async () => {
    const cookie = await server.signedIn();
    const first = await stream(server.streamUrl('s1'), { cookie });
    await ready(first);
    await publishInTransaction(server.deps, TEST_TOPIC('s1'), added(1), added(2));
    await first.waitFor(() => seqs(first).length === 2);
    first.close();
    await publishInTransaction(server.deps, TEST_TOPIC('s1'), added(3));
    await publishInTransaction(server.deps, TEST_TOPIC('s1'), added(4));

    const resumed = await stream(server.streamUrl('s1'), { cookie, lastEventId: first.lastEventId() ?? '' });
    await ready(resumed);
    await publishInTransaction(server.deps, TEST_TOPIC('s1'), added(5));
    await resumed.waitFor(() => seqs(resumed).length === 3);
    expect(seqs(resumed)).toEqual([3, 4, 5]);

    const bySince = await stream(server.streamUrl('s1', 'since=3'), { cookie });
    await bySince.waitFor(() => seqs(bySince).length === 2);
    expect(seqs(bySince)).toEqual([4, 5]);
  });

  it('gives a fresh stream the current position, so a reconnect with no event seen yet still resumes', async () => {
    const cookie = await server.signedIn();
    await publishInTransaction(server.deps, TEST_TOPIC('s1'), added(1));
    const s = await stream(server.streamUrl('s1'), { cookie });
    await ready(s);
    expect(s.lastEventId()).toBe('1');
    expect(seqs(s)).toEqual([]);
  });

  it('sends a heartbeat comment while quiet', async () => {
    const s = await stream(server.streamUrl('s1'), { cookie: await server.signedIn() });
    await s.waitForComments(3, 3_000);
    expect(s.comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(2);
  });

  it('ends the stream when the session goes idle; an open stream does not count as activity', async () => {
    const cookie = await server.signedIn();
    const s = await stream(server.streamUrl('s1'), { cookie });
    await ready(s);
    server.advance(29 * 60_000);
    await s.waitForComments(4, 3_000);
    expect(s.events.some((e) => e.event === STREAM_ENDED)).toBe(false);
    server.advance(2 * 60_000);
    await s.waitFor((events) => events.some((e) => e.event === STREAM_ENDED));
    await s.ended;
    const again = await stream(server.streamUrl('s1'), { cookie });
    expect(again.status).toBe(401);
  });

  it('ends the stream when the session reaches its absolute limit, even while in use', async () => {
    const cookie = await server.signedIn();
    const s = await stream(server.streamUrl('s1'), { cookie });
    await ready(s);
    // In use every 20 minutes for 11 h 40 min, then 25 quiet minutes: past 12 hours, yet never idle.
    for (let i = 0; i < 35; i++) {
      server.advance(20 * 60_000);
      expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    }
    expect(s.events.some((e) => e.event === STREAM_ENDED)).toBe(false);
    server.advance(25 * 60_000);
    await s.waitFor((events) => events.some((e) => e.event === STREAM_ENDED));
    await s.ended;
  });

  it('ends the stream when the person signs out', async () => {
    const cookie = await server.signedIn();
    const s = await stream(server.streamUrl('s1'), { cookie });
    await ready(s);
    const out = await server.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    await s.waitFor((events) => events.some((e) => e.event === STREAM_ENDED));
    await s.ended;
  });

  it('bounds the streams one person holds, and frees a place when one closes', async () => {
    const cookie = await server.signedIn();
    const a = await stream(server.streamUrl('s1'), { cookie });
    const b = await stream(server.streamUrl('s2'), { cookie });
    await Promise.all([ready(a), ready(b)]);
    const third = await stream(server.streamUrl('s3'), { cookie });
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body).error.code).toBe('too_many_requests');
    const someoneElse = await stream(server.streamUrl('s3'), { cookie: await server.signedIn() });
    expect(someoneElse.status).toBe(200);
    a.close();
    let retried = await stream(server.streamUrl('s3'), { cookie });
    for (let i = 0; retried.status === 429 && i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      retried = await stream(server.streamUrl('s3'), { cookie });
    }
    expect(retried.status).toBe(200);
  });

  it('ends open streams when the app server closes, instead of holding the close', async () => {
    const s = await stream(server.streamUrl('s1'), { cookie: await server.signedIn() });
    await ready(s);
    await server.app.close();
    await s.ended;
  });
});
