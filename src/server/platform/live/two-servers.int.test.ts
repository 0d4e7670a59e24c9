import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../../../db/connect.js';
import { type LiveTestServer, publishInTransaction, startLiveTestServer, TEST_TOPIC } from '../../../testing/live-server.js';
import { openTestStream, type TestStream } from '../../../testing/sse-client.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.js';
import { type PostgresLiveBus, postgresLiveBus } from './postgres-live-bus.js';
import { STREAM_READY } from './sse.js';

const url = process.env.TEST_DATABASE_URL;
const added = (n: number) => ({ type: 'test.added', data: { n } });
const ready = (s: TestStream) => s.waitFor((events) => events.some((e) => e.event === STREAM_READY));
const seqs = (s: TestStream) => s.events.filter((e) => e.event === 'test.added').map((e) => Number(e.id));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Two app servers, each with its own pool and its own LISTEN connection, on one PostgreSQL schema. */
describe.skipIf(!url)('live events across two app servers on one PostgreSQL', () => {
  let database: TestDatabase;
  let handleB: DatabaseHandle;
  let busA: PostgresLiveBus;
  let busB: PostgresLiveBus;
  let a: LiveTestServer;
  let b: LiveTestServer;
  let cookieOnB: string;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
    const schema = rows[0]?.schema ?? '';
    handleB = connect({ kind: 'postgres', url: url ?? '', max: 5, schema });
    // NOTIFY spans the whole database; a channel of this schema's own keeps parallel test files apart.
    const channel = `holdspace_live_${schema}`;
    busA = postgresLiveBus(url ?? '', { db: database.db, channel, backoffMs: 100 });
    busB = postgresLiveBus(url ?? '', { db: handleB.db, channel, backoffMs: 600, maxBackoffMs: 1_000 });
    await Promise.all([busA.whenListening(), busB.whenListening()]);
    a = await startLiveTestServer(database.db, 'postgres', busA);
    b = await startLiveTestServer(handleB.db, 'postgres', busB);
    cookieOnB = await b.signedIn(['co_facilitator']);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await busA?.close();
    await busB?.close();
    await handleB?.close();
    await database?.drop();
  });

  it('an event committed on server A reaches a stream on server B within a second', async () => {
    const s = await openTestStream(b.streamUrl('one'), { cookie: cookieOnB });
    try {
      await ready(s);
      const started = performance.now();
      await publishInTransaction(a.deps, TEST_TOPIC('one'), added(1));
      await s.waitFor(() => seqs(s).length === 1, 1_000);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(JSON.parse(s.events.at(-1)?.data ?? '')).toMatchObject({ seq: 1, type: 'test.added', data: { n: 1 } });
    } finally {
      s.close();
    }
  });

  it('when B’s listener is cut while A publishes, B’s stream catches up after the reconnect: in order, nothing twice', async () => {
    const s = await openTestStream(b.streamUrl('cut'), { cookie: cookieOnB });
    const heardOnB: number[] = [];
    const stopHearing = busB.subscribe(TEST_TOPIC('cut'), (e) => heardOnB.push(e.seq));
    let resyncs = 0;
    const stopCounting = busB.onResync(() => {
      resyncs += 1;
    });
    try {
      await ready(s);
      await publishInTransaction(a.deps, TEST_TOPIC('cut'), added(1));
      await s.waitFor(() => seqs(s).length === 1);

      const pid = busB.listenerPid();
      expect(pid).not.toBeNull();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      // B reconnects after 300–600 ms; A keeps publishing meanwhile, and after.
      for (let n = 2; n <= 30; n++) {
        await publishInTransaction(a.deps, TEST_TOPIC('cut'), added(n));
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await busB.whenListening();
      expect(busB.listenerPid()).not.toBe(pid);
      expect(resyncs).toBe(1); // the bus reported the loss once it was listening again

      await s.waitFor(() => seqs(s).length >= 30, 5_000);
      await publishInTransaction(a.deps, TEST_TOPIC('cut'), added(31));
      await s.waitFor(() => seqs(s).length >= 31);
      expect(seqs(s)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
      // The cut mattered: B's listener did not hear every announcement, the event log made up the rest.
      expect(heardOnB.length).toBeLessThan(31);
    } finally {
      stopHearing();
      stopCounting();
      s.close();
    }
  });

  it('a device reconnecting to the other server resumes from its Last-Event-ID', async () => {
    const cookieOnA = await a.signedIn(['therapist']);
    const onA = await openTestStream(a.streamUrl('move'), { cookie: cookieOnA });
    await ready(onA);
    await publishInTransaction(b.deps, TEST_TOPIC('move'), added(1), added(2));
    await onA.waitFor(() => seqs(onA).length === 2);
    onA.close();
    await publishInTransaction(a.deps, TEST_TOPIC('move'), added(3));
    const onB = await openTestStream(b.streamUrl('move'), { cookie: cookieOnB, lastEventId: onA.lastEventId() ?? '' });
    try {
      await ready(onB);
      await publishInTransaction(a.deps, TEST_TOPIC('move'), added(4));
      await onB.waitFor(() => seqs(onB).length === 2);
      expect(seqs(onB)).toEqual([3, 4]);
    } finally {
      onB.close();
    }
  });

  it('measures 200 events from a commit on A to their arrival on a stream on B', async () => {
    const s = await openTestStream(b.streamUrl('latency'), { cookie: cookieOnB });
    try {
      await ready(s);
      // Timed twice: from the start of the use case's transaction, and from the moment its commit returned
      // (the NOTIFY rides with the COMMIT, so PostgreSQL sends it then; see deferred-writes.ts).
      const endToEnd: number[] = [];
      const fromNotify: number[] = [];
      for (let n = 1; n <= 200; n++) {
        const started = performance.now();
        await publishInTransaction(a.deps, TEST_TOPIC('latency'), added(n));
        const notifiedAt = performance.now();
        await s.waitFor(() => seqs(s).length === n, 2_000);
        const arrived = s.events.at(-1)?.receivedAt ?? Number.NaN;
        endToEnd.push(arrived - started);
        fromNotify.push(arrived - notifiedAt);
      }
      expect(seqs(s)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      const line = (values: number[]) => {
        const sorted = [...values].sort((x, y) => x - y);
        return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
      };
      console.log(`live A→B, 200 events: commit on A to SSE on B ${line(endToEnd)}; commit returned to SSE on B ${line(fromNotify)}`);
      expect(
        percentile(
          [...endToEnd].sort((x, y) => x - y),
          99,
        ),
      ).toBeLessThan(1_000);
    } finally {
      s.close();
    }
  });
});
