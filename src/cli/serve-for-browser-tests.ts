import { saveStaffTwoFactor } from '../server/auth/index.js';
import { countUsers } from '../server/auth/users.repository.js';
import { readEnv } from '../server/env.js';
import { savePracticeSettings } from '../server/practice/practice.repository.js';
import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD } from '../server/seed/browser-test-accounts.js';
import { seedUser } from '../server/seed/seed-staff.js';
import { startServer, stopOnSignals } from '../server/start-server.js';

/**
 * The built server with a throwaway practice for the browser tests: the same start-up as `npm start`,
 * plus the staff in BROWSER_TEST_ACCOUNTS. Limits are loosened because every test comes from one address.
 */
const relaxed = { limit: 10_000, windowMinutes: 1 };
const env = readEnv();
const server = await startServer(env, {
  limits: {
    signInPerAccount: { limit: 50, windowMinutes: 15 },
    signInPerAddress: relaxed,
    signInAccountBackstop: relaxed,
    enquiryPerAddress: relaxed,
  },
});
stopOnSignals(server);
if ((await countUsers(server.deps.db)) === 0) {
  for (const account of Object.values(BROWSER_TEST_ACCOUNTS)) {
    await seedUser(server.deps, { ...account, password: BROWSER_TEST_PASSWORD });
  }
  // Two-factor sign-in for staff is off here so every spec can sign staff in with a password; the accounts
  // spec enrols its own admin (E2E_STAFF_TWO_FACTOR=1 starts the server with it required instead).
  await saveStaffTwoFactor(server.deps.db, process.env.E2E_STAFF_TWO_FACTOR === '1', null, server.deps.clock().toISOString());
  await savePracticeSettings(
    server.deps.db,
    {
      practiceName: 'Stillwater Integrative Therapy',
      therapistName: 'Tess Therapist',
      email: 'hello@stillwater.test',
      phone: '(555) 010-0199',
      address: '12 Harbour Lane, Suite 3, Portland, OR',
      timeZone: 'America/Los_Angeles',
      emergencyNumber: '911',
    },
    null,
    server.deps.clock().toISOString(),
  );
}
console.log(`Browser-test server ready at ${server.publicUrl}`);
