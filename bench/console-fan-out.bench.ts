/**
 * Issue 10 (b): an entry posted on one app server, to its arrival on another app server's SSE stream,
 * across two servers sharing PostgreSQL (LISTEN/NOTIFY), with 200 streams open on the second (five sessions, forty
 * streams each, so each entry fans out to forty). Timed from sending the POST
 * (so the write and its commit count) to each stream's receipt. Prints `fan-out p50 … ms, p99 … ms`.
 */
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DatabaseHandle } from '../src/db/connect.js';
import { buildApp } from '../src/server/app.js';
import type { Deps } from '../src/server/platform/deps.js';
import { postgresLiveBus } from '../src/server/platform/live/postgres-live-bus.js';
import { silentLogger } from '../src/server/platform/logger.js';
import { outboxOnly } from '../src/server/platform/mail/mail-delivery.js';
import { DEFAULT_LIMITS } from '../src/server/platform/throttle.js';
import { seedUser } from '../src/server/seed/seed-staff.js';
import type { Clinic } from '../src/testing/clinic.js';
import { insertKetamineSession } from '../src/testing/console-session.js';
import { openTestStream, type TestStream } from '../src/testing/sse-client.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import { callOver, signInOver, withoutStaffTwoFactor } from './lib/scenario.js';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 200);
const POSTS = Number(process.env.BENCH_FANOUT_POSTS ?? 40);
/** One person may hold 8 streams per app server (sse.ts). */
const PER_PERSON = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function appServer(handle: Pick<DatabaseHandle, 'db' | 'dialect'>, url: string, channel: string) {
  const live = postgresLiveBus(url, { db: handle.db, channel });
  await live.whenListening();
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock: () => new Date(),
    mail: outboxOnly,
    live,
    log: silentLogger,
    config: {
      publicUrl: 'http://127.0.0.1',
      webDir: null,
      staffIdleMinutes: 30,
      staffMaxHours: 12,
      limits: DEFAULT_LIMITS,
    },
  };
  const app = await buildApp(deps, { logLevel: 'silent', rateLimitPerMinute: 100_000_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    deps,
    base,
    close: async () => {
      await app.close();
      await live.close();
    },
  };
}

export async function benchFanOut(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('\nfan-out: skipped (set TEST_DATABASE_URL: it runs across two app servers on PostgreSQL)');
    return;
  }
  const database = await createTestDatabase('postgres');
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  const channel = `holdspace_live_${rows[0]?.schema ?? 'bench'}`;
  const handleB = database.connectAgain();
  const a = await appServer(database, url, channel);
  const b = await appServer(handleB, url, channel);
  const streams: TestStream[] = [];
  try {
    await withoutStaffTwoFactor(a.deps);
    const therapist = await seedUser(a.deps, { roles: ['therapist'] });
    const prescriber = await seedUser(a.deps, { roles: ['prescriber'] });
    const cookie = await signInOver(a.base, therapist.email, therapist.password);
    // A care team holds at most six co-facilitators: five sessions, five watchers each, eight streams apiece.
    const sessions: { id: string; streams: TestStream[] }[] = [];
    while (streams.length < STREAMS) {
      const watchers = [];
      for (let i = 0; i < 5; i++) watchers.push(await seedUser(a.deps, { roles: ['co_facilitator'] }));
      const client = await callOver(a.base, cookie, 'POST', '/api/clients', {
        legalName: `Client ${sessions.length + 1}`,
        email: `client${sessions.length + 1}@example.org`,
        therapistId: therapist.id,
        prescriberId: prescriber.id,
      });
      const clientId = String(client.id);
      await callOver(a.base, cookie, 'PUT', `/api/clients/${clientId}/care-team`, {
        therapistId: therapist.id,
        prescriberId: prescriber.id,
        coFacilitatorIds: watchers.map((w) => w.id),
      });
      const clinic = { clientId, therapist: { user: therapist }, prescriber: { user: prescriber }, coFacilitator: { user: watchers[0] } };
      const session = {
        id: await insertKetamineSession(a, clinic as unknown as Clinic, new Date(Date.now() - 60_000)),
        streams: [] as TestStream[],
      };
      sessions.push(session);
      for (const w of watchers) {
        const watcherCookie = await signInOver(b.base, w.email, w.password);
        for (let i = 0; i < PER_PERSON && streams.length < STREAMS; i++) {
          const s = await openTestStream(`${b.base}/api/ketamine-sessions/${session.id}/stream`, { cookie: watcherCookie });
          if (s.status !== 200) throw new Error(`stream: ${s.status} ${s.body}`);
          streams.push(s);
          session.streams.push(s);
        }
      }
    }
    await Promise.all(streams.map((s) => s.waitFor((events) => events.some((e) => e.event === 'live.ready'), 10_000)));
    const latencies: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < POSTS; i++) {
      const session = sessions[i % sessions.length]!;
      const id = uuidv7();
      const started = performance.now();
      await callOver(a.base, cookie, 'POST', `/api/ketamine-sessions/${session.id}/entries`, {
        entries: [{ id, kind: 'observation', deviceTime: new Date().toISOString(), body: { category: 'breath', term: 'slow' } }],
      });
      writes.push(performance.now() - started);
      const arrived = (s: TestStream) => s.events.find((e) => e.event === 'session.entry_added' && e.data.includes(id));
      await Promise.all(session.streams.map((s) => s.waitFor(() => arrived(s) !== undefined, 10_000)));
      for (const s of session.streams) latencies.push(arrived(s)!.receivedAt - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    latencies.sort((x, y) => x - y);
    writes.sort((x, y) => x - y);
    console.log(`\nfan-out across two app servers on PostgreSQL: ${streams.length} streams open, ${POSTS} entries`);
    console.log(
      `  the write alone (its answer on server A): p50 ${percentile(writes, 50).toFixed(1)} ms, p99 ${percentile(writes, 99).toFixed(1)} ms`,
    );
    console.log(`fan-out p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  } finally {
    for (const s of streams) s.close();
    await a.close();
    await b.close();
    await handleB.close();
    await database.drop();
  }
}
