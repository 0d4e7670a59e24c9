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
import type { Deps } from './platform/deps.js';
import { inProcessLiveBus } from './platform/live/live-bus.js';
import { stderrLogger } from './platform/logger.js';
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
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock: () => new Date(),
    mail: env.SMTP_URL ? smtpDelivery(env.SMTP_URL, env.MAIL_FROM) : outboxOnly,
    live: inProcessLiveBus(),
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
  const app = await buildApp(deps, { logLevel: env.LOG_LEVEL, trustProxy: env.TRUST_PROXY });
  deps.log = app.log;
  await app.listen({ port: env.PORT, host: env.HOST });
  // Mail, session expiry and audit sealing; a commit that enqueues a job wakes it at once.
  const background = createBackgroundWork(deps);
  deps.jobs = background;
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
      await handle.close();
    },
  };
}

export function stopOnSignals(server: RunningServer): void {
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
