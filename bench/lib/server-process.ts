/**
 * One side of a comparison, in its own process: `product` starts Holdspace exactly as `npm start` does
 * (startServer: migrations, real port, real logger, SQLite pragmas or a PostgreSQL pool); `bare` starts a
 * plain Fastify app over its own connection to the same database. Talks to the harness over IPC.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import net from 'node:net';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { connect, type DatabaseConfig, databaseConfigFrom } from '../../src/db/connect.js';
import type { Database } from '../../src/db/schema.js';
import { readEnv } from '../../src/server/env.js';
import type { startServer as StartServer } from '../../src/server/start-server.js';
import type { LoadRequest } from './load.js';
import type { Fixture, WriteScenario } from './scenario.js';

export type ServerMessage = { ready: true; url: string; request: LoadRequest; fixture: Fixture } | ServerUsage;

/** Resident memory, and CPU time (user + system) used so far, in microseconds. */
export interface ServerUsage {
  rss: number;
  cpuMicros: number;
  /** The kernel's share of cpuMicros (socket writes and reads). */
  systemMicros: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The bare side talks to PostgreSQL through plain Kysely and pg, as an app with none of Holdspace's driver
 * work would (the product's driver sends BEGIN and the audit row with other statements; decision 0036).
 */
function bareConnection(config: DatabaseConfig): { db: Kysely<Database>; close(): Promise<void> } {
  if (config.kind === 'sqlite') return connect(config);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 10 }) }) });
  return { db, close: () => db.destroy() };
}

async function main() {
  const [mode, scenarioPath, fixtureJson] = process.argv.slice(2);
  const { scenario } = (await import(pathToFileURL(scenarioPath!).href)) as { scenario: WriteScenario };
  const port = await freePort();
  const env = readEnv({ ...process.env, PORT: String(port), HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  let stop: () => Promise<void>;
  let ready: ServerMessage;
  if (mode === 'product') {
    // The compiled server, as `npm start` runs it (npm run bench builds it first): not the sources through
    // tsx, whose transform adds work to every call that production never does.
    const built = new URL('../../dist/server/start-server.js', import.meta.url).href;
    const { startServer } = (await import(built)) as { startServer: typeof StartServer };
    const server = await startServer({ ...env, PUBLIC_URL: url });
    const prepared = await scenario.prepare(server);
    stop = () => server.stop();
    ready = { ready: true, url, ...prepared };
  } else {
    const handle = bareConnection(databaseConfigFrom(env));
    const app = Fastify();
    const request = scenario.bare(app, handle.db, JSON.parse(fixtureJson ?? '{}') as Fixture);
    await app.listen({ port, host: '127.0.0.1' });
    stop = async () => {
      await app.close();
      await handle.close();
    };
    ready = { ready: true, url, request, fixture: {} };
  }
  const inspector = new Session();
  process.on('message', async (message: string) => {
    // BENCH_PROFILE: the harness brackets one load slice, so the profile holds the requests and not the start-up.
    if (message === 'profile-start') {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.start');
      process.send?.({ profiling: true });
    }
    if (message.startsWith?.('profile-stop:')) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(message.slice('profile-stop:'.length), JSON.stringify(profile));
      inspector.disconnect();
      process.send?.({ profiling: false });
    }
    if (message === 'usage') {
      const cpu = process.cpuUsage();
      process.send?.({ rss: process.memoryUsage().rss, cpuMicros: cpu.user + cpu.system, systemMicros: cpu.system } satisfies ServerUsage);
    }
    if (message === 'stop') void stop().then(() => process.exit(0));
  });
  process.send?.(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
