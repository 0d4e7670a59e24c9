import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('staff invitations (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const invite = { email: 'sam@practice.test', displayName: 'Sam Okafor', roles: ['prescriber'] };

  async function inviteAndReadToken(cookie: string, body = invite): Promise<string> {
    const response = await t.request({ method: 'POST', url: '/api/staff/invitations', cookie, payload: body });
    expect(response.statusCode).toBe(200);
    const outbox = await t.request({ method: 'GET', url: '/api/outbox', cookie });
    const mail = outbox.json().mail.find((m: { to: string }) => m.to === body.email);
    const token = /#token=([\w-]+)/.exec(mail.text)?.[1];
    if (!token) throw new Error('no token in the invitation mail');
    return token;
  }

  it('invites by email into the outbox when no SMTP is set, and the link signs the new person in', async () => {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({ method: 'POST', url: '/api/staff/invitations', cookie, payload: invite });
    expect(response.json()).toMatchObject({
      delivery: 'outbox',
      invitation: { email: 'sam@practice.test', roles: ['prescriber'], state: 'open' },
    });
    const outbox = (await t.request({ method: 'GET', url: '/api/outbox', cookie })).json();
    expect(outbox.smtpConfigured).toBe(false);
    expect(outbox.mail[0]).toMatchObject({ to: 'sam@practice.test', status: 'kept', purpose: 'staff invitation' });
    expect(outbox.mail[0].text).toContain('http://localhost:3000/app/invite#token=');

    const token = /#token=([\w-]+)/.exec(outbox.mail[0].text)?.[1];
    const preview = await t.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } });
    expect(preview.json()).toMatchObject({ email: 'sam@practice.test', roles: ['prescriber'] });
    const accepted = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, shortName: 'Sam', password: 'tidepools and lanterns' },
    });
    expect(accepted.statusCode).toBe(200);
    // The display name is the one the admin gave in the invitation (decision 26); the short name is theirs.
    expect(accepted.json().user).toMatchObject({ displayName: 'Sam Okafor', shortName: 'Sam', roles: ['prescriber'] });
    const cookieValue = accepted.cookies.find((c) => c.name === 'hs_session')?.value;
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: `hs_session=${cookieValue}` })).statusCode).toBe(200);
  });

  it('works once', async () => {
    const { cookie } = await t.as(['admin']);
    const token = await inviteAndReadToken(cookie);
    const body = { token, displayName: 'Sam', password: 'tidepools and lanterns' };
    expect((await t.request({ method: 'POST', url: '/api/invitations/accept', payload: body })).statusCode).toBe(200);
    const again = await t.request({ method: 'POST', url: '/api/invitations/accept', payload: body });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toContain('expired or has already been used');
  });

  it('expires after 72 hours', async () => {
    const { cookie } = await t.as(['admin']);
    const token = await inviteAndReadToken(cookie);
    t.advance(72 * 3_600_000);
    expect((await t.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } })).statusCode).toBe(404);
    const accept = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, displayName: 'Sam', password: 'tidepools and lanterns' },
    });
    expect(accept.statusCode).toBe(404);
  });

  it('stops working when revoked, and when a newer invitation replaces it', async () => {
    const { cookie } = await t.as(['admin']);
    const first = await inviteAndReadToken(cookie);
    const second = await inviteAndReadToken(cookie);
    expect((await t.request({ method: 'POST', url: '/api/invitations/preview', payload: { token: first } })).statusCode).toBe(404);
    const list = (await t.request({ method: 'GET', url: '/api/staff', cookie })).json();
    const open = list.invitations.find((i: { state: string }) => i.state === 'open');
    const revoked = await t.request({ method: 'POST', url: `/api/staff/invitations/${open.id}/revoke`, cookie });
    expect(revoked.json().state).toBe('revoked');
    expect((await t.request({ method: 'POST', url: '/api/invitations/preview', payload: { token: second } })).statusCode).toBe(404);
  });

  it('refuses to invite someone who already has an account, naming the field', async () => {
    const { cookie } = await t.as(['admin']);
    const existing = await t.user(['therapist']);
    const response = await t.request({
      method: 'POST',
      url: '/api/staff/invitations',
      cookie,
      payload: { ...invite, email: existing.email },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('email');
  });

  it('refuses bad input with the field named', async () => {
    const { cookie } = await t.as(['admin']);
    const noRoles = await t.request({ method: 'POST', url: '/api/staff/invitations', cookie, payload: { ...invite, roles: [] } });
    expect(noRoles.json().error.issues[0].path).toBe('roles');
    const client = await t.request({ method: 'POST', url: '/api/staff/invitations', cookie, payload: { ...invite, roles: ['client'] } });
    expect(client.json().error.issues[0].path).toBe('roles.0');
    const weak = await inviteAndReadToken(cookie);
    const response = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: weak, displayName: 'Sam', password: 'qwertyuiop12' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('password');
  });

  it('is for admins only: 401 signed out, 404 for other staff', async () => {
    const routes = [
      ['GET', '/api/staff', undefined],
      ['POST', '/api/staff/invitations', invite],
      ['GET', '/api/outbox', undefined],
    ] as const;
    for (const [method, url, payload] of routes) {
      expect((await t.request({ method, url, payload })).statusCode).toBe(401);
    }
    const { cookie } = await t.as(['therapist', 'prescriber']);
    for (const [method, url, payload] of routes) {
      expect((await t.request({ method, url, payload, cookie })).statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('deactivates an account, ending its sessions, and never lets an admin deactivate themselves', async () => {
    const { cookie, user: admin } = await t.as(['admin']);
    const therapist = await t.user(['therapist']);
    const therapistCookie = await t.signIn(therapist);
    const response = await t.request({
      method: 'POST',
      url: `/api/staff/${therapist.id}/status`,
      cookie,
      payload: { status: 'deactivated' },
    });
    expect(response.json().status).toBe('deactivated');
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: therapistCookie })).statusCode).toBe(401);
    const self = await t.request({ method: 'POST', url: `/api/staff/${admin.id}/status`, cookie, payload: { status: 'deactivated' } });
    expect(self.statusCode).toBe(409);
  });
});
