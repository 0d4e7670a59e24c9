import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { connect, type DatabaseHandle, databaseConfigFrom } from '../db/connect.js';
import { assertPostgresDurability } from '../db/durability.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildApp } from './app.js';
import { createBackgroundWork } from './background-work.js';
import type { Env } from './env.js';
import { AUDIT_HEAD_FILE_NAME } from './platform/audit/audit-head-file.js';
import { sealAllPending, sealerDepsFrom } from './platform/audit/seal-audit-log.js';
import { CachedReads, followCachedTables } from './platform/cached-reads.js';
import type { Deps } from './platform/deps.js';
import { inProcessLiveBus, type LiveBus } from './platform/live/live-bus.js';
import { postgresLiveBus } from './platform/live/postgres-live-bus.js';
import { type Logger, stderrLogger } from './platform/logger.js';
import { outboxOnly, smtpDelivery } from './platform/mail/mail-delivery.js';
import { DEFAULT_LIMITS, type ThrottleLimits } from './platform/throttle.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = path.resolve(here, '../web');

export interface RunningServer {
  app: FastifyInstance;
  deps: Deps;
  handle: DatabaseHandle;
  publicUrl: string;
  migrationsApplied: string[];
  stop(): Promise<void>;
}

/** Connects, migrates, and serves: the one way Holdspace starts, for `npm start`, the demo and the browser tests. */
export async function startServer(env: Env, options: { limits?: ThrottleLimits } = {}): Promise<RunningServer> {
  const handle = connect(databaseConfigFrom(env));
  if (handle.dialect === 'postgres') await assertPostgresDurability(handle.db);
  const migrationsApplied = await migrateToLatest(handle.db, handle.dialect);
  // The sealer keeps the audit head here on PostgreSQL too, where no database file makes the folder.
  mkdirSync(env.DATA_DIR, { recursive: true });
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  // The bus logs through whatever logger deps holds at the time (the app's, once it exists).
  const log: Logger = { error: (o, m) => deps.log.error(o, m), warn: (o, m) => deps.log.warn(o, m), info: (o, m) => deps.log.info(o, m) };
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock: () => new Date(),
    mail: env.SMTP_URL ? smtpDelivery(env.SMTP_URL, env.MAIL_FROM) : outboxOnly,
    live: liveBusFor(env, handle, log),
    cachedReads: new CachedReads(env.SESSION_CACHE_MS),
    log: stderrLogger,
    config: {
      publicUrl,
      webDir: WEB_DIR,
      staffIdleMinutes: 30,
      staffMaxHours: 12,
      limits: options.limits ?? DEFAULT_LIMITS,
      auditHeadFile: path.join(env.DATA_DIR, AUDIT_HEAD_FILE_NAME),
    },
  };
  const stopFollowing = followCachedTables(deps.cachedReads!, deps.live);
  const app = await buildApp(deps, {
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
  });
  deps.log = app.log;
  // Mail, session expiry and audit sealing; a commit that enqueues a job wakes it at once.
  const background = createBackgroundWork(deps);
  deps.jobs = background;
  await app.listen({ port: env.PORT, host: env.HOST });
  background.start();
  return {
    app,
    deps,
    handle,
    publicUrl,
    migrationsApplied,
    async stop() {
      await app.close();
      await background.stop();
      // A clean stop leaves nothing unsealed.
      await sealAllPending(sealerDepsFrom(deps)).catch((err: unknown) => deps.log.error({ err }, 'final audit seal failed'));
      stopFollowing();
      await deps.live.close();
      await handle.close();
    },
  };
}

/** Like the mail delivery: one process on SQLite; LISTEN/NOTIFY between app servers on PostgreSQL. */
function liveBusFor(env: Env, handle: DatabaseHandle, log: Logger): LiveBus {
  return env.DATABASE_URL ? postgresLiveBus(env.DATABASE_URL, { db: handle.db, log }) : inProcessLiveBus();
}

export function stopOnSignals(server: RunningServer): void {
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
