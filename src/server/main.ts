import path from 'node:path';
import { DurabilityError } from '../db/durability.js';
import { issueSetupTokenIfNeeded } from './auth/issue-setup-token.js';
import { EnvError, readEnv } from './env.js';
import { startServer, stopOnSignals } from './start-server.js';

async function main() {
  const env = readEnv();
  const server = await startServer(env);
  stopOnSignals(server);
  const where = server.handle.dialect === 'sqlite' ? `SQLite in ${path.resolve(env.DATA_DIR)}` : 'PostgreSQL';
  console.log(`\nHoldspace is running at ${server.publicUrl}  (${where})`);
  const setupToken = await issueSetupTokenIfNeeded(server.deps);
  if (setupToken) {
    console.log('\nNo one has an account yet. To create the first admin account, open this link (it works once):');
    console.log(`\n    ${server.publicUrl}/app/setup#token=${setupToken}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof DurabilityError ? error.message : error);
  process.exit(1);
});
