import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../../db/connect.js';
import type { Role } from '../../domain/access/roles.js';
import { type LiveTestServer, startLiveTestServer } from '../../testing/live-server.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../testing/test-database.js';
import { inProcessLiveBus, type LiveBus } from '../platform/live/live-bus.js';
import { type PostgresLiveBus, postgresLiveBus } from '../platform/live/postgres-live-bus.js';

/**
 * Signed-in sessions are answered from memory for up to a second (decision 0038). Whatever changes who
 * someone is or may be — signing out, a role taken away, an account deactivated — must take effect on
 * the next request on the server that made the change, and on another server as soon as its bus hears.
 */
describe.each(TEST_DIALECTS)('kept sessions follow every change (%s)', (dialect) => {
  let database: TestDatabase;
  let second: DatabaseHandle | null = null;
  const buses: LiveBus[] = [];
  const servers: LiveTestServer[] = [];

  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    for (const b of buses.splice(0)) await b.close();
    await second?.close();
    second = null;
    await database.drop();
  });

  /** Two app servers on one database: their own pools and buses on PostgreSQL, one process's bus on SQLite. */
  async function twoServers(): Promise<[LiveTestServer, LiveTestServer]> {
    database = await createTestDatabase(dialect);
    if (dialect === 'sqlite') {
      const bus = inProcessLiveBus();
      buses.push(bus);
      servers.push(await startLiveTestServer(database.db, dialect, bus), await startLiveTestServer(database.db, dialect, bus));
    } else {
      const url = process.env.TEST_DATABASE_URL ?? '';
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
      const schema = rows[0]?.schema ?? '';
      second = connect({ kind: 'postgres', url, max: 5, schema });
      const channel = `holdspace_live_${schema}`;
      const [busA, busB]: PostgresLiveBus[] = [
        postgresLiveBus(url, { db: database.db, channel }),
        postgresLiveBus(url, { db: second.db, channel }),
      ];
      await Promise.all([busA!.whenListening(), busB!.whenListening()]);
      buses.push(busA!, busB!);
      servers.push(await startLiveTestServer(database.db, dialect, busA!), await startLiveTestServer(second.db, dialect, busB!));
    }
    return [servers[0]!, servers[1]!];
  }

  const me = (server: LiveTestServer, cookie: string) => server.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  const idOf = async (server: LiveTestServer, cookie: string) => (await me(server, cookie)).json().user.id as string;

  /** The other server hears through its bus, well inside the one-second limit that would catch it anyway. */
  async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
    const started = performance.now();
    while (!(await check())) {
      if (performance.now() - started > ms) throw new Error(`not seen within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return performance.now() - started;
  }

  async function changeRoles(server: LiveTestServer, adminCookie: string, id: string, roles: Role[]) {
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/staff/${id}/roles`,
      headers: { cookie: adminCookie },
      payload: { roles },
    });
    expect(response.statusCode).toBe(200);
  }

  it('a role taken away counts at once on the same server, and on the other as soon as it hears', async () => {
    const [a, b] = await twoServers();
    const admin = await a.signedIn(['admin']);
    const onA = await a.signedIn(['therapist']);
    const onB = await b.signedIn(['therapist']);
    // Both are now kept in memory by the server that answered.
    const [idA, idB] = [await idOf(a, onA), await idOf(b, onB)];
    expect((await me(b, onB)).json().user.roles).toEqual(['therapist']);
    await changeRoles(a, admin, idA, ['co_facilitator']);
    expect((await me(a, onA)).json().user.roles).toEqual(['co_facilitator']);
    await changeRoles(a, admin, idB, ['co_facilitator']);
    await within(500, async () => (await me(b, onB)).json().user.roles[0] === 'co_facilitator');
  });

  it('a deactivated account and a signed-out session are refused at once, here and on the other server soon after', async () => {
    const [a, b] = await twoServers();
    const admin = await a.signedIn(['admin']);
    const person = await a.signedIn(['therapist']);
    const id = await idOf(a, person);
    expect((await me(b, person)).statusCode).toBe(200);
    const deactivated = await a.app.inject({
      method: 'POST',
      url: `/api/staff/${id}/status`,
      headers: { cookie: admin },
      payload: { status: 'deactivated' },
    });
    expect(deactivated.statusCode).toBe(200);
    expect((await me(a, person)).statusCode).toBe(401);
    await within(500, async () => (await me(b, person)).statusCode === 401);

    const other = await b.signedIn(['prescriber']);
    expect((await me(a, other)).statusCode).toBe(200);
    expect((await b.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: other } })).statusCode).toBeLessThan(300);
    expect((await me(b, other)).statusCode).toBe(401);
    await within(500, async () => (await me(a, other)).statusCode === 401);
  });

  it('a change made behind the servers’ backs (no announcement) is seen within the one-second limit', async () => {
    const [a] = await twoServers();
    const person = await a.signedIn(['therapist']);
    const id = await idOf(a, person);
    await database.db.updateTable('users').set({ display_name: 'Changed Directly' }).where('id', '=', id).execute();
    // Still the kept copy: nothing announced the change…
    expect((await me(a, person)).json().user.displayName).not.toBe('Changed Directly');
    // …until the copy is a second old.
    await within(1_500, async () => (await me(a, person)).json().user.displayName === 'Changed Directly');
  });
});
