import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../domain/access/roles.js';
import { type AppOptions, buildApp } from '../server/app.js';
import { saveStaffTwoFactor } from '../server/auth/index.js';
import { CachedReads, followCachedTables } from '../server/platform/cached-reads.js';
import type { Deps } from '../server/platform/deps.js';
import { inProcessLiveBus } from '../server/platform/live/live-bus.js';
import { silentLogger } from '../server/platform/logger.js';
import { outboxOnly } from '../server/platform/mail/mail-delivery.js';
import { DEFAULT_LIMITS } from '../server/platform/throttle.js';
import { type SeededUser, seedUser } from '../server/seed/seed-staff.js';
import { createTestDatabase, type TestDatabase, type TestDialect } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  database: TestDatabase;
  /** Moves the server's clock forward: sessions, invitations and throttles all read it. */
  advance(ms: number): void;
  user(roles: Role[], options?: { email?: string; displayName?: string }): Promise<SeededUser>;
  signIn(user: SeededUser): Promise<string>;
  /** A signed-in cookie for a new user with these roles. */
  as(roles: Role[]): Promise<{ cookie: string; user: SeededUser }>;
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestHarnessOptions {
  /**
   * Whether the practice requires two-factor sign-in for staff. Off in tests unless a test turns it on, so
   * tests that sign staff in need no authenticator; the two-factor tests turn it on (decision 26).
   */
  staffTwoFactor?: boolean;
}

export async function createTestApp(
  dialect: TestDialect,
  overrides: Partial<Deps> = {},
  appOptions: AppOptions = {},
  harness: TestHarnessOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  let now = new Date('2026-11-22T10:00:00.000Z');
  if (!harness.staffTwoFactor) await saveStaffTwoFactor(database.db, false, null, now.toISOString());
  const deps: Deps = {
    db: database.db,
    dialect: database.dialect,
    clock: () => now,
    mail: outboxOnly,
    live: inProcessLiveBus(),
    // As `npm start` keeps them, so every route test also checks that a change is never answered from a stale copy.
    cachedReads: new CachedReads(1000),
    log: silentLogger,
    config: { publicUrl: 'http://localhost:3000', webDir: null, staffIdleMinutes: 30, staffMaxHours: 12, limits: DEFAULT_LIMITS },
    ...overrides,
  };
  const stopFollowing = deps.cachedReads ? followCachedTables(deps.cachedReads, deps.live) : () => {};
  const app = await buildApp(deps, { logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', ...appOptions });
  await app.ready();

  const request: TestApp['request'] = ({ cookie, headers, ...options }) =>
    app.inject({ ...options, headers: { ...headers, ...(cookie ? { cookie } : {}) } });

  async function signIn(user: SeededUser): Promise<string> {
    const response = await request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'hs_session');
    if (!cookie) throw new Error('no session cookie');
    return `hs_session=${cookie.value}`;
  }

  return {
    app,
    deps,
    database,
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
    user: (roles, options) => seedUser(deps, { roles, ...options }),
    signIn,
    async as(roles) {
      const user = await seedUser(deps, { roles });
      return { cookie: await signIn(user), user };
    },
    request,
    async close() {
      await app.close();
      stopFollowing();
      await database.drop();
    },
  };
}
