import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/column-types.js';
import type { Database } from '../db/schema.js';
import type { Role } from '../domain/access/roles.js';
import { buildApp } from '../server/app.js';
import { saveStaffTwoFactor, sessionStillActive } from '../server/auth/index.js';
import { CachedReads, followCachedTables } from '../server/platform/cached-reads.js';
import { type Deps, inTransaction } from '../server/platform/deps.js';
import { notFound } from '../server/platform/errors.js';
import type { LiveBus, LiveMessage } from '../server/platform/live/live-bus.js';
import { type StreamOptions, streamEvents } from '../server/platform/live/sse.js';
import { silentLogger } from '../server/platform/logger.js';
import { outboxOnly } from '../server/platform/mail/mail-delivery.js';
import { DEFAULT_LIMITS } from '../server/platform/throttle.js';
import { seedUser } from '../server/seed/seed-staff.js';

export interface LiveTestServer {
  app: FastifyInstance;
  deps: Deps;
  /** http://127.0.0.1:<port> */
  base: string;
  /** `${base}/api/test-live/${id}/stream`; the id `hidden` stands for a record the person may not see. */
  streamUrl(id: string, query?: string): string;
  advance(ms: number): void;
  signedIn(roles?: Role[]): Promise<string>;
  close(): Promise<void>;
}

export const TEST_TOPIC = (id: string) => `test.${id}`;

/**
 * A real app server (buildApp, listening on a port) with one extra route that streams a test topic, so
 * the live bus and the SSE helper are tested over real HTTP without a demo route in the product.
 */
export async function startLiveTestServer(
  db: Kysely<Database>,
  dialect: Dialect,
  live: LiveBus,
  stream: Partial<Omit<StreamOptions, 'sessionStillActive'>> = {},
): Promise<LiveTestServer> {
  let now = new Date('2026-11-22T10:00:00.000Z');
  const deps: Deps = {
    db,
    dialect,
    clock: () => now,
    mail: outboxOnly,
    live,
    // As `npm start` keeps them: two of these servers show a change on one reaching the other's memory.
    cachedReads: new CachedReads(1000),
    log: silentLogger,
    config: { publicUrl: 'http://localhost:3000', webDir: null, staffIdleMinutes: 30, staffMaxHours: 12, limits: DEFAULT_LIMITS },
  };
  // These servers test streams, not sign-in: staff sign in with a password alone (as createTestApp does).
  await saveStaffTwoFactor(db, false, null, now.toISOString());
  const stopFollowing = followCachedTables(deps.cachedReads!, live);
  const app = await buildApp(deps, { logLevel: process.env.TEST_LOG_LEVEL ?? 'silent' });
  app.addHook('onClose', async () => stopFollowing());
  app.get(
    '/api/test-live/:id/stream',
    { schema: { hide: true } },
    streamEvents(app, deps, {
      async authorize(request) {
        const { id } = request.params as { id: string };
        if (id === 'hidden') throw notFound();
        return { topic: TEST_TOPIC(id) };
      },
      sessionStillActive,
      ...stream,
    }),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    deps,
    base,
    streamUrl: (id, query) => `${base}/api/test-live/${id}/stream${query ? `?${query}` : ''}`,
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
    async signedIn(roles = ['therapist']) {
      const user = await seedUser(deps, { roles });
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      const cookie = response.cookies.find((c) => c.name === 'hs_session');
      if (!cookie) throw new Error(`sign-in failed: ${response.body}`);
      return `hs_session=${cookie.value}`;
    },
    close: () => app.close(),
  };
}

/** A use case that changes nothing but announces: one transaction, one event per message. */
export function publishInTransaction(deps: Deps, topic: string, ...messages: LiveMessage[]): Promise<void> {
  return inTransaction(deps, async (tx) => {
    for (const message of messages) tx.publish(topic, message);
  });
}
