import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { createBackgroundWork } from '../background-work.js';
import { endExpiredSessions } from './end-expired-sessions.js';

describe.each(TEST_DIALECTS)('ending expired sessions in the background (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const openSessions = () => t.deps.db.selectFrom('auth_sessions').select('user_id').where('ended_at', 'is', null).execute();
  const sweeps = () => t.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'auth.sessions_expire').execute();

  it('ends an idle staff session without waiting for its next request, and leaves an active one', async () => {
    const idle = await t.as(['therapist']);
    t.advance(20 * 60_000);
    const active = await t.as(['prescriber']);
    t.advance(11 * 60_000);
    expect(await endExpiredSessions(t.deps)).toBe(1);
    expect((await openSessions()).map((s) => s.user_id)).toEqual([active.user.id]);
    expect(await sweeps()).toHaveLength(1);
    const me = await t.request({ method: 'GET', url: '/api/auth/me', cookie: idle.cookie });
    expect(me.statusCode).toBe(401);
  });

  it('writes nothing, and no audit row, when nothing has expired', async () => {
    await t.as(['therapist']);
    expect(await endExpiredSessions(t.deps)).toBe(0);
    expect(await sweeps()).toHaveLength(0);
    expect(await openSessions()).toHaveLength(1);
  });

  it('ends a session past its absolute limit even when it was used a moment ago', async () => {
    const { cookie } = await t.as(['therapist']);
    for (let step = 0; step < 35; step++) {
      t.advance(20 * 60_000);
      expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);
    }
    expect(await endExpiredSessions(t.deps)).toBe(0);
    // 12 hours since sign-in, last used 20 minutes ago.
    t.advance(20 * 60_000);
    expect(await endExpiredSessions(t.deps)).toBe(1);
  });

  it('runs as a recurring task of the background work', async () => {
    await t.as(['therapist']);
    t.advance(31 * 60_000);
    const work = createBackgroundWork(t.deps);
    await work.runOnce();
    expect(await openSessions()).toHaveLength(0);
  });
});
