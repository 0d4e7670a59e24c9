import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { issueSetupTokenIfNeeded } from './issue-setup-token.js';

describe.each(TEST_DIALECTS)('staff sign-in (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  async function auditActions() {
    const rows = await t.deps.db.selectFrom('audit_log').select(['action', 'actor_id', 'record_id']).orderBy('seq').execute();
    return rows;
  }

  it('signs in with the right password, sets an HttpOnly SameSite cookie, and knows who you are', async () => {
    const user = await t.user(['therapist']);
    const response = await t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'signed_in', user: { id: user.id, roles: ['therapist'], kind: 'staff' } });
    const cookie = response.cookies.find((c) => c.name === 'hs_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.request({ method: 'GET', url: '/api/auth/me', cookie: `hs_session=${cookie?.value}` });
    expect(me.json().user.email).toBe(user.email);
    expect(await auditActions()).toContainEqual({ action: 'auth.sign_in', actor_id: user.id, record_id: user.id });
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const user = await t.user(['therapist']);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: ` ${user.email.toUpperCase()}`, password: user.password },
    });
    expect(response.statusCode).toBe(200);
  });

  it('gives the same message for a wrong password and an unknown email, and audits both', async () => {
    const user = await t.user(['therapist']);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'not the password at all' },
    });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@holdspace.test', password: 'whatever it is here' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.code).toBe('sign_in_failed');
    expect(wrong.cookies.find((c) => c.name === 'hs_session')).toBeUndefined();
    const failures = (await auditActions()).filter((r) => r.action === 'auth.sign_in_failed');
    expect(failures).toHaveLength(2);
    expect(failures[0]?.record_id).toBe(user.id);
    expect(failures[1]?.record_id).toBeNull();
  });

  it('answers 400 naming the field when the email is not an email', async () => {
    const response = await t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'not-an-email', password: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_request');
    expect(response.json().error.issues).toEqual([expect.objectContaining({ path: 'email' })]);
  });

  it('locks an account for 15 minutes after 5 failures, even with the right password, then lets it in', async () => {
    const user = await t.user(['therapist']);
    for (let i = 0; i < 5; i++) {
      const r = await t.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: `wrong password ${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    t.advance(15 * 60_000);
    const later = await t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });
    expect(later.statusCode).toBe(200);
  });

  it('limits failures from one address across many accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await t.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `guess${i}@holdspace.test`, password: 'a wrong password' },
      });
    }
    const user = await t.user(['therapist']);
    const blocked = await t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });
    expect(blocked.statusCode).toBe(429);
    const fromElsewhere = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: '10.0.0.9',
      payload: { email: user.email, password: user.password },
    });
    expect(fromElsewhere.statusCode).toBe(200);
  });

  it('gives a new session id at every sign-in and ends the one the browser carried', async () => {
    const user = await t.user(['therapist']);
    const first = await t.signIn(user);
    const second = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      cookie: first,
      payload: { email: user.email, password: user.password },
    });
    const secondCookie = `hs_session=${second.cookies.find((c) => c.name === 'hs_session')?.value}`;
    expect(secondCookie).not.toBe(first);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: first })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: secondCookie })).statusCode).toBe(200);
  });

  it('ends a staff session after 30 idle minutes, but not while in use', async () => {
    const { cookie } = await t.as(['therapist']);
    t.advance(29 * 60_000);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);
    t.advance(29 * 60_000);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);
    t.advance(30 * 60_000);
    const expired = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthenticated');
  });

  it('ends the session on the server at sign-out, so the old cookie no longer works', async () => {
    const { cookie, user } = await t.as(['therapist']);
    const out = await t.request({ method: 'POST', url: '/api/auth/sign-out', cookie });
    expect(out.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    expect(await auditActions()).toContainEqual({ action: 'auth.sign_out', actor_id: user.id, record_id: user.id });
  });

  it('answers 401 to /me without a cookie, and with a made-up one', async () => {
    expect((await t.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: 'hs_session=made-up' })).statusCode).toBe(401);
  });

  it('refuses a deactivated account with the same generic message', async () => {
    const user = await t.user(['therapist']);
    await t.deps.db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', user.id).execute();
    const response = await t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('sign_in_failed');
  });
});

describe.each(TEST_DIALECTS)('first run (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const admin = { displayName: 'Alex Admin', email: 'alex@practice.test', password: 'morning light on the bay', alsoTherapist: true };

  it('creates the first admin through the one-time link and signs them in', async () => {
    expect((await t.request({ method: 'GET', url: '/api/setup' })).json().needsSetup).toBe(true);
    const token = await issueSetupTokenIfNeeded(t.deps);
    expect(token).toBeTruthy();
    const response = await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, token } });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.roles).toEqual(['admin', 'therapist']);
    expect(response.cookies.find((c) => c.name === 'hs_session')).toBeDefined();
    expect((await t.request({ method: 'GET', url: '/api/setup' })).json().needsSetup).toBe(false);
    const row = await t.deps.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('works once: the same link cannot make a second admin', async () => {
    const token = await issueSetupTokenIfNeeded(t.deps);
    await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, token } });
    const again = await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, email: 'other@practice.test', token } });
    expect(again.statusCode).toBe(404);
    expect(await issueSetupTokenIfNeeded(t.deps)).toBeNull();
  });

  it('refuses a made-up token', async () => {
    await issueSetupTokenIfNeeded(t.deps);
    const response = await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, token: 'made-up-token-value' } });
    expect(response.statusCode).toBe(404);
  });

  it('refuses a common password, naming the field, and keeps the link usable', async () => {
    const token = await issueSetupTokenIfNeeded(t.deps);
    const weak = await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, token, password: 'password1234' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues).toEqual([{ path: 'password', message: expect.stringContaining('common') }]);
    const short = await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, token, password: 'short' } });
    expect(short.json().error.issues[0].path).toBe('password');
    expect((await t.request({ method: 'POST', url: '/api/setup', payload: { ...admin, token } })).statusCode).toBe(200);
  });
});
