import path from 'node:path';
import { EnvError, readEnv } from '../server/env.js';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF } from '../server/seed/demo-people.js';
import { DemoWouldMixWithRealData, ensureDemoPractice } from '../server/seed/demo-practice.js';
import { startServer, stopOnSignals } from '../server/start-server.js';

/**
 * `npm run demo`: Holdspace with the fictional Cedar Hollow practice, in its own database (./data-demo
 * unless DATA_DIR says otherwise), so it never mixes with a real practice's data.
 */
async function main() {
  const env = readEnv({ DATA_DIR: './data-demo', ...process.env });
  const server = await startServer(env);
  stopOnSignals(server);
  try {
    if ((await ensureDemoPractice(server.deps)) === 'seeded') console.log('Created the fictional demo practice.');
  } catch (error) {
    if (!(error instanceof DemoWouldMixWithRealData)) throw error;
    console.error(`\n${error.message} The demo never mixes with real data: give it its own DATA_DIR (the default is ./data-demo).\n`);
    await server.stop();
    process.exit(1);
  }
  const where = server.handle.dialect === 'sqlite' ? path.resolve(env.DATA_DIR) : 'PostgreSQL';
  const portal = DEMO_CLIENTS.find((c) => c.portal);
  console.log(`\nHoldspace demo — Cedar Hollow Therapy. Every person and record in it is FICTIONAL.  (${where})`);
  console.log(`\n  Open ${server.publicUrl}  — staff sign in at ${server.publicUrl}/app/sign-in\n`);
  for (const person of Object.values(DEMO_STAFF))
    console.log(`  ${person.displayName.padEnd(28)} ${person.email.padEnd(28)} ${person.roles.join(', ')}`);
  if (portal)
    console.log(
      `  ${`${portal.legalName} (client)`.padEnd(28)} ${`${portal.preferredName.toLowerCase()}@client.demo`.padEnd(28)} client portal`,
    );
  console.log(`\n  Password for every demo account: ${DEMO_PASSWORD}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
