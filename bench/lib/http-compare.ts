/**
 * The reusable HTTP comparison: for one scenario and one database, the product route and the bare route
 * are each served from their own process and driven by a load generator in a third, in turns (A B B A …,
 * so a machine that gets busier or quieter during the run tilts neither side), on the same fresh database.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestDialect } from '../../src/testing/test-database.js';
import { databaseCpuMicros } from './database-cpu.js';
import { CONNECTIONS, DURATION_MS, type LoadResult, type LoadSlice, ROUNDS, runLoad, summarize } from './load.js';
import type { Fixture } from './scenario.js';
import type { ServerMessage, ServerUsage } from './server-process.js';

const SERVER = fileURLToPath(new URL('./server-process.ts', import.meta.url));
const PROFILE_DIR = fileURLToPath(new URL('../out', import.meta.url));

/** High enough that the per-person API limit is never what is measured (it is its own setting). */
const BENCH_RATE_LIMIT = '100000000';

export interface BenchDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A temp DATA_DIR for SQLite (startServer applies WAL and synchronous=FULL), or a new PostgreSQL database. */
export async function freshDatabase(dialect: TestDialect): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-bench-'));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `hs_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Its own DATA_DIR too: the audit sealer keeps the sealed head there, and a head left by an earlier
  // run's database would (rightly) stop it sealing this one, leaving the product side a step lighter.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-bench-'));
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dir },
    drop: async () => {
      rmSync(dir, { recursive: true, force: true });
      if (process.env.BENCH_KEEP_DB) console.log(`  kept database ${name}`);
      else await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

interface ServerChild {
  child: ChildProcess;
  ready: Extract<ServerMessage, { ready: true }>;
}

function startServerProcess(mode: 'product' | 'bare', scenarioPath: string, env: Record<string, string>, fixture?: Fixture) {
  const child = fork(SERVER, [mode, scenarioPath, JSON.stringify(fixture ?? {})], {
    // The product logs each request at info, as in production; to /dev/null so the bench output stays readable.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, ...env, API_RATE_LIMIT_PER_MINUTE: BENCH_RATE_LIMIT, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' },
  });
  return new Promise<ServerChild>((resolve, reject) => {
    child.once('message', (message) => resolve({ child, ready: message as ServerChild['ready'] }));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code} before it was ready`)));
  });
}

function ask(child: ChildProcess, message: string): Promise<unknown> {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

/** BENCH_PROFILE=1: a CPU profile of each side's last load slice, in bench/out/ (open in Chrome DevTools). */
async function profiled<T>(child: ChildProcess, file: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_PROFILE) return work();
  mkdirSync(PROFILE_DIR, { recursive: true });
  await ask(child, 'profile-start');
  const result = await work();
  await ask(child, `profile-stop:${path.join(PROFILE_DIR, file)}`);
  console.log(`  profile: ${path.relative(process.cwd(), path.join(PROFILE_DIR, file))}`);
  return result;
}

function usageOf(child: ChildProcess): Promise<ServerUsage> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as ServerUsage));
    child.send('usage');
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.send('stop');
  });
}

export interface SideResult extends LoadResult {
  rssMb: number;
  /** The server process's CPU time per answer: steadier than throughput on a machine others share. */
  cpuMsPerRequest: number;
  /** The kernel's part of it. */
  systemMsPerRequest: number;
  /** PostgreSQL's own processes on this machine, per answer (0 on SQLite or a remote server). */
  databaseMsPerRequest: number;
}

export interface Comparison {
  product: SideResult;
  bare: SideResult;
  ratio: number;
}

async function alternate(dialect: TestDialect, product: ServerChild, bare: ServerChild): Promise<Comparison> {
  const slices: Record<'product' | 'bare', LoadSlice[]> = { product: [], bare: [] };
  const cpuMicros = { product: 0, bare: 0 };
  const systemMicros = { product: 0, bare: 0 };
  const databaseMicros = { product: 0, bare: 0 };
  const slice = DURATION_MS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['product', 'bare'] as const) : (['bare', 'product'] as const);
    for (const side of order) {
      const server = side === 'product' ? product : bare;
      const before = await usageOf(server.child);
      const databaseBefore = dialect === 'postgres' ? databaseCpuMicros() : 0;
      const load = () => runLoad(server.ready.url, server.ready.request, slice);
      const last = round === ROUNDS - 1;
      slices[side].push(await (last ? profiled(server.child, `${side}-${dialect}.cpuprofile`, load) : load()));
      const after = await usageOf(server.child);
      if (dialect === 'postgres') databaseMicros[side] += databaseCpuMicros() - databaseBefore;
      cpuMicros[side] += after.cpuMicros - before.cpuMicros;
      systemMicros[side] += after.systemMicros - before.systemMicros;
    }
  }
  const side = async (name: 'product' | 'bare', server: ServerChild): Promise<SideResult> => {
    const answered = slices[name].reduce((n, s) => n + s.sent, 0);
    return {
      ...summarize(slices[name]),
      rssMb: (await usageOf(server.child)).rss / 1048576,
      cpuMsPerRequest: cpuMicros[name] / 1000 / answered,
      systemMsPerRequest: systemMicros[name] / 1000 / answered,
      databaseMsPerRequest: databaseMicros[name] / 1000 / answered,
    };
  };
  const productResult = await side('product', product);
  const bareResult = await side('bare', bare);
  return { product: productResult, bare: bareResult, ratio: productResult.perSecond / bareResult.perSecond };
}

export async function compareHttpWrite(scenarioPath: string, dialect: TestDialect): Promise<Comparison> {
  const database = await freshDatabase(dialect);
  const running: ServerChild[] = [];
  try {
    const product = await startServerProcess('product', scenarioPath, database.env);
    running.push(product);
    const bare = await startServerProcess('bare', scenarioPath, database.env, product.ready.fixture);
    running.push(bare);
    return await alternate(dialect, product, bare);
  } finally {
    for (const server of running) await stopServer(server.child);
    await database.drop();
  }
}

function describeSide(name: string, r: SideResult): string {
  const unexpected = Object.entries(r.statuses).filter(([code]) => !code.startsWith('2'));
  const note = [...unexpected.map(([code, n]) => `${n}× ${code}`), ...(r.errors > 0 ? [`${r.errors} socket errors`] : [])].join(', ');
  return (
    `  ${name.padEnd(8)} ${r.perSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   ` +
    `p99 ${r.p99.toFixed(1).padStart(6)} ms   cpu ${r.cpuMsPerRequest.toFixed(2)} ms/req (kernel ${r.systemMsPerRequest.toFixed(2)})${r.databaseMsPerRequest > 0 ? `   db ${r.databaseMsPerRequest.toFixed(2)} ms/req` : ''}   rss ${r.rssMb.toFixed(0)} MB` +
    (note ? `   NOT 2xx: ${note}` : '')
  );
}

/** Prints the comparison in the form the issues quote, e.g. `write ratio sqlite: 0.62`. */
export function printComparison(label: string, title: string, dialect: TestDialect, c: Comparison): void {
  console.log(`\n${label} over HTTP on ${dialect}: ${title}, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each in ${ROUNDS} turns`);
  console.log(describeSide('product', c.product));
  console.log(describeSide('bare', c.bare));
  console.log(`${label} ratio ${dialect}: ${c.ratio.toFixed(2)}`);
}
