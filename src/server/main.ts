import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, databaseConfigFrom } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildApp } from './app.js';
import { issueSetupTokenIfNeeded } from './auth/issue-setup-token.js';
import type { Deps } from './deps.js';
import { EnvError, readEnv } from './env.js';
import { outboxOnly, smtpDelivery } from './mail/mail-delivery.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const WEB_DIR = path.resolve(here, '../web');

async function main() {
  const env = readEnv();
  const handle = connect(databaseConfigFrom(env));
  const applied = await migrateToLatest(handle.db, handle.dialect);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    clock: () => new Date(),
    mail: env.SMTP_URL ? smtpDelivery(env.SMTP_URL, env.MAIL_FROM) : outboxOnly,
    config: { publicUrl, webDir: WEB_DIR, staffIdleMinutes: 30, staffMaxHours: 12 },
  };
  const app = await buildApp(deps, { logLevel: env.LOG_LEVEL, trustProxy: env.TRUST_PROXY === 'true' });
  await app.listen({ port: env.PORT, host: env.HOST });

  const where = handle.dialect === 'sqlite' ? `SQLite at ${path.resolve(env.DATA_DIR)}` : 'PostgreSQL';
  console.log(`\nHoldspace is running at ${publicUrl}  (${where}${applied.length ? `, migrations applied: ${applied.join(', ')}` : ''})`);
  const setupToken = await issueSetupTokenIfNeeded(deps);
  if (setupToken) {
    console.log('\nNo one has an account yet. To create the first admin account, open this link (it works once):');
    console.log(`\n    ${publicUrl}/app/setup#token=${setupToken}\n`);
  }

  const mailTimer = setInterval(() => void deps.mail.deliverPending(deps.db, deps.clock).catch(() => {}), 60_000);
  const stop = async () => {
    clearInterval(mailTimer);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
