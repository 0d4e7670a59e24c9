import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import type { SeededUser } from '../seed/seed-staff.js';
import { totpCodeAt } from './two-factor-codes.js';

const cookieOf = (response: LightMyRequestResponse, name: string) => {
  const value = response.cookies.find((c) => c.name === name)?.value;
  return value ? `${name}=${value}` : '';
};

describe.each(TEST_DIALECTS)('two-factor sign-in (%s)', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  const now = () => t.deps.clock();
  const passwordStep = (user: SeededUser) =>
    t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } });

  /** Signs in with the password, sets up TOTP through the challenge and answers the secret, codes and session. */
  async function enrolThroughChallenge(user: SeededUser) {
    const first = await passwordStep(user);
    expect(first.json()).toEqual({ status: 'enrolment_required' });
    expect(cookieOf(first, 'hs_session')).toBe('');
    const challenge = cookieOf(first, 'hs_challenge');
    const enrolment = await t.request({ method: 'POST', url: '/api/auth/two-factor/enrolment', cookie: challenge });
    expect(enrolment.statusCode).toBe(200);
    const { secret, qrCode, otpauthUri } = enrolment.json();
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const confirmed = await t.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      cookie: challenge,
      payload: { code: totpCodeAt(secret, now()) },
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes, user: signedIn } = confirmed.json();
    expect(signedIn).toMatchObject({ id: user.id });
    expect(recoveryCodes).toHaveLength(10);
    return { secret: secret as string, recoveryCodes: recoveryCodes as string[], session: cookieOf(confirmed, 'hs_session') };
  }

  async function challengeFor(user: SeededUser): Promise<string> {
    const response = await passwordStep(user);
    expect(response.json()).toEqual({ status: 'second_factor_required' });
    return cookieOf(response, 'hs_challenge');
  }

  const verify = (challenge: string, code: string) =>
    t.request({ method: 'POST', url: '/api/auth/two-factor', cookie: challenge, payload: { code } });

  it('is required for staff by default: enrolment with a QR code, then a code at every sign-in', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const { secret, session } = await enrolThroughChallenge(user);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: session })).statusCode).toBe(200);
    const account = (await t.request({ method: 'GET', url: '/api/account', cookie: session })).json();
    expect(account.twoFactor).toEqual({ enrolled: true, required: true, recoveryCodesLeft: 10 });

    t.advance(60_000);
    const challenge = await challengeFor(user);
    const signedIn = await verify(challenge, totpCodeAt(secret, now()));
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ status: 'signed_in', user: { id: user.id } });
    expect(cookieOf(signedIn, 'hs_session')).not.toBe('');
    // The secret is never stored where a copy of the recovery codes could be read back.
    const codes = await t.deps.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    expect(codes).toHaveLength(10);
  });

  it('the half-signed-in state opens nothing else', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['admin']);
    const first = await passwordStep(user);
    const challenge = cookieOf(first, 'hs_challenge');
    for (const url of ['/api/auth/me', '/api/staff', '/api/clients', '/api/account']) {
      expect((await t.request({ method: 'GET', url, cookie: challenge })).statusCode).toBe(401);
    }
    // Nor does it verify a code before enrolment: an 'enrol' challenge is not a 'verify' one.
    expect((await verify(challenge, '123456')).statusCode).toBe(401);
  });

  it('accepts a code once only, within one step of drift, and refuses a replay', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const { secret } = await enrolThroughChallenge(user);

    t.advance(90_000);
    const code = totpCodeAt(secret, now());
    expect((await verify(await challengeFor(user), code)).statusCode).toBe(200);
    // The same code again, in the same 30 seconds: refused, naming the field.
    const replay = await verify(await challengeFor(user), code);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.issues[0].path).toBe('code');
    // One step behind is still refused: that step is older than the last one used.
    expect((await verify(await challengeFor(user), totpCodeAt(secret, new Date(now().getTime() - 30_000)))).statusCode).toBe(400);

    // A phone clock 30 seconds fast or slow is accepted; two steps off is not.
    t.advance(120_000);
    expect((await verify(await challengeFor(user), totpCodeAt(secret, new Date(now().getTime() + 30_000)))).statusCode).toBe(200);
    t.advance(120_000);
    expect((await verify(await challengeFor(user), totpCodeAt(secret, new Date(now().getTime() - 30_000)))).statusCode).toBe(200);
    t.advance(120_000);
    expect((await verify(await challengeFor(user), totpCodeAt(secret, new Date(now().getTime() + 60_000)))).statusCode).toBe(400);
    expect((await verify(await challengeFor(user), totpCodeAt(secret, new Date(now().getTime() - 60_000)))).statusCode).toBe(400);
  });

  it('the same code sent twice at once signs in only once', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const { secret } = await enrolThroughChallenge(user);
    t.advance(60_000);
    const code = totpCodeAt(secret, now());
    const first = await challengeFor(user);
    const answers = await Promise.all([verify(first, code), verify(first, code)]);
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
  });

  it('recovery codes work once each, and are stored only as hashes', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const { recoveryCodes, session } = await enrolThroughChallenge(user);
    const stored = await t.deps.db.selectFrom('recovery_codes').select('code_hash').execute();
    for (const row of stored) expect(recoveryCodes.map((c) => c.replace('-', ''))).not.toContain(row.code_hash);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!);

    const code = recoveryCodes[0]!;
    expect((await verify(await challengeFor(user), code.toUpperCase())).statusCode).toBe(200);
    const again = await verify(await challengeFor(user), code);
    expect(again.statusCode).toBe(400);
    const account = (await t.request({ method: 'GET', url: '/api/account', cookie: session })).json();
    expect(account.twoFactor.recoveryCodesLeft).toBe(9);
  });

  it('gives a challenge five tries, then the password is needed again', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const { secret } = await enrolThroughChallenge(user);
    t.advance(60_000);
    const challenge = await challengeFor(user);
    for (let i = 0; i < 5; i++) expect((await verify(challenge, '000000')).statusCode).toBe(400);
    expect((await verify(challenge, totpCodeAt(secret, now()))).statusCode).toBe(401);
  });

  it('a challenge expires after ten minutes', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const { secret } = await enrolThroughChallenge(user);
    const challenge = await challengeFor(user);
    t.advance(10 * 60_000);
    expect((await verify(challenge, totpCodeAt(secret, now()))).statusCode).toBe(401);
  });

  it('is optional for clients and for staff when the practice turns it off', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const admin = await t.user(['admin']);
    const { session } = await enrolThroughChallenge(admin);
    const off = await t.request({
      method: 'PUT',
      url: '/api/practice/sign-in-settings',
      cookie: session,
      payload: { staffTwoFactor: false },
    });
    expect(off.json()).toEqual({ staffTwoFactor: false });
    const therapist = await t.user(['therapist']);
    expect((await passwordStep(therapist)).json()).toMatchObject({ status: 'signed_in' });
    // The admin who enrolled still gets asked: having a second factor is what counts.
    expect((await passwordStep(admin)).json()).toEqual({ status: 'second_factor_required' });
  });

  it('a client may choose it in the portal, and turn it off again with their password', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const client = await t.user(['client']);
    const signIn = await passwordStep(client);
    expect(signIn.json()).toMatchObject({ status: 'signed_in' });
    const cookie = cookieOf(signIn, 'hs_session');
    const enrolment = (await t.request({ method: 'POST', url: '/api/auth/two-factor/enrolment', cookie })).json();
    const confirmed = await t.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      cookie,
      payload: { code: totpCodeAt(enrolment.secret, now()) },
    });
    expect(confirmed.json()).toMatchObject({ user: null });
    t.advance(60_000);
    expect((await passwordStep(client)).json()).toEqual({ status: 'second_factor_required' });
    const removed = await t.request({
      method: 'POST',
      url: '/api/account/two-factor/remove',
      cookie,
      payload: { password: client.password },
    });
    expect(removed.json().twoFactor.enrolled).toBe(false);
    expect((await passwordStep(client)).json()).toMatchObject({ status: 'signed_in' });
  });

  it('staff cannot turn it off while the practice requires it', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const { session } = await enrolThroughChallenge(await t.user(['therapist']));
    const refused = await t.request({ method: 'POST', url: '/api/account/two-factor/remove', cookie: session, payload: { password: 'x' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('two_factor_required');
  });

  it('a wrong enrolment code is a 400 naming the field, and enrolment stays off', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const user = await t.user(['therapist']);
    const challenge = cookieOf(await passwordStep(user), 'hs_challenge');
    await t.request({ method: 'POST', url: '/api/auth/two-factor/enrolment', cookie: challenge });
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      cookie: challenge,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0].path).toBe('code');
    const short = await t.request({ method: 'POST', url: '/api/auth/two-factor', cookie: challenge, payload: { code: '1' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.issues[0].path).toBe('code');
  });

  it('a password reset never bypasses it', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: true });
    const admin = await t.user(['admin']);
    const { session: adminSession } = await enrolThroughChallenge(admin);
    const user = await t.user(['therapist']);
    const { secret } = await enrolThroughChallenge(user);
    const sent = await t.request({ method: 'POST', url: `/api/staff/${user.id}/password-reset`, cookie: adminSession });
    expect(sent.statusCode).toBe(200);
    const mail = await t.deps.db.selectFrom('outbox').select('body_text').where('to_address', '=', user.email).executeTakeFirstOrThrow();
    const token = /#token=([\w-]+)/.exec(mail.body_text)?.[1];
    const done = await t.request({
      method: 'POST',
      url: '/api/password-reset/complete',
      payload: { token, password: 'new moon over the marsh' },
    });
    expect(done.statusCode).toBe(200);
    // No session from the reset itself…
    expect(cookieOf(done, 'hs_session')).toBe('');
    // …and signing in with the new password still asks for the code.
    t.advance(60_000);
    const step = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'new moon over the marsh' },
    });
    expect(step.json()).toEqual({ status: 'second_factor_required' });
    expect((await verify(cookieOf(step, 'hs_challenge'), totpCodeAt(secret, now()))).statusCode).toBe(200);
  });

  it('coverage access asks for the second factor of someone who has one', async () => {
    t = await createTestApp(dialect, {}, {}, { staffTwoFactor: false });
    const clinic = await openClinic(t);
    const cookie = clinic.otherTherapist.cookie;
    const enrolment = (await t.request({ method: 'POST', url: '/api/auth/two-factor/enrolment', cookie })).json();
    const confirmStep = now();
    await t.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      cookie,
      payload: { code: totpCodeAt(enrolment.secret, confirmStep) },
    });
    const body = { reason: 'Covering while Tess is away this week', password: clinic.otherTherapist.user.password };
    const open = (payload: object) => t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/coverage`, cookie, payload });
    const missing = await open(body);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe('code');
    // The code used to enrol is spent.
    expect((await open({ ...body, code: totpCodeAt(enrolment.secret, confirmStep) })).statusCode).toBe(400);
    t.advance(30_000);
    expect((await open({ ...body, code: totpCodeAt(enrolment.secret, now()) })).statusCode).toBe(200);
  });
});

describe.each(TEST_DIALECTS)('accounts that can change (%s)', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function resetTokenFor(email: string): Promise<string> {
    const mail = await t.deps.db
      .selectFrom('outbox')
      .select(['body_text', 'purpose'])
      .where('to_address', '=', email)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const token = /#token=([\w-]+)/.exec(mail.body_text)?.[1];
    if (!token) throw new Error('no token in the reset mail');
    return token;
  }

  it('an admin sends a one-time, one-hour reset link through the outbox; no password in the mail; audited', async () => {
    t = await createTestApp(dialect);
    const admin = await t.as(['admin']);
    const staff = await t.user(['therapist']);
    const staffSession = await t.signIn(staff);
    const sent = await t.request({ method: 'POST', url: `/api/staff/${staff.id}/password-reset`, cookie: admin.cookie });
    expect(sent.json()).toMatchObject({ delivery: 'outbox' });
    const mail = await t.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', staff.email).executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ purpose: 'staff password reset', status: 'kept' });
    expect(mail.body_text).toContain('http://localhost:3000/app/reset-password#token=');
    expect(mail.body_text).not.toContain(staff.password);
    const token = await resetTokenFor(staff.email);

    const preview = await t.request({ method: 'POST', url: '/api/password-reset/preview', payload: { token } });
    expect(preview.json()).toEqual({ email: staff.email, displayName: staff.displayName });
    const weak = await t.request({ method: 'POST', url: '/api/password-reset/complete', payload: { token, password: 'passwordpassword' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues[0].path).toBe('password');
    const done = await t.request({
      method: 'POST',
      url: '/api/password-reset/complete',
      payload: { token, password: 'herons at the low tide' },
    });
    expect(done.json()).toEqual({ email: staff.email, kind: 'staff' });
    // Every session of the account ends; the old password no longer works; the new one does.
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: staffSession })).statusCode).toBe(401);
    await expect(t.signIn(staff)).rejects.toThrow();
    await t.signIn({ ...staff, password: 'herons at the low tide' });
    // Once only.
    const again = await t.request({
      method: 'POST',
      url: '/api/password-reset/complete',
      payload: { token, password: 'another calm evening' },
    });
    expect(again.statusCode).toBe(404);
    const actions = (await t.deps.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['account.password_reset_send', 'account.password_reset']));
  });

  it('a reset link expires after an hour, and a newer link replaces an older one', async () => {
    t = await createTestApp(dialect);
    const admin = await t.as(['admin']);
    const staff = await t.user(['prescriber']);
    await t.request({ method: 'POST', url: `/api/staff/${staff.id}/password-reset`, cookie: admin.cookie });
    const first = await resetTokenFor(staff.email);
    t.advance(1000);
    await t.request({ method: 'POST', url: `/api/staff/${staff.id}/password-reset`, cookie: admin.cookie });
    const second = await resetTokenFor(staff.email);
    expect(second).not.toBe(first);
    expect((await t.request({ method: 'POST', url: '/api/password-reset/preview', payload: { token: first } })).statusCode).toBe(404);
    t.advance(60 * 60_000);
    const expired = await t.request({
      method: 'POST',
      url: '/api/password-reset/complete',
      payload: { token: second, password: 'herons at the low tide' },
    });
    expect(expired.statusCode).toBe(404);
  });

  it('a client whose portal account exists can be sent a fresh link; one without gets a 409', async () => {
    t = await createTestApp(dialect);
    const clinic = await openClinic(t);
    const none = await t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/password-reset`, cookie: clinic.admin.cookie });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('no_portal_account');
    const { clientPortalCookie } = await import('../../testing/clinic.js');
    await clientPortalCookie(t, clinic);
    t.advance(1000);
    const sent = await t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/password-reset`, cookie: clinic.admin.cookie });
    expect(sent.statusCode).toBe(200);
    const token = await resetTokenFor('mo@example.org');
    const done = await t.request({
      method: 'POST',
      url: '/api/password-reset/complete',
      payload: { token, password: 'herons at the low tide' },
    });
    expect(done.json()).toEqual({ email: 'mo@example.org', kind: 'client' });
    // Only an admin may send one.
    const byTherapist = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/password-reset`,
      cookie: clinic.therapist.cookie,
    });
    expect(byTherapist.statusCode).toBe(404);
  });

  it('everyone can change their own password with the current one; other sessions end', async () => {
    t = await createTestApp(dialect);
    const user = await t.user(['co_facilitator']);
    const here = await t.signIn(user);
    const elsewhere = await t.signIn(user);
    const change = (payload: object) => t.request({ method: 'POST', url: '/api/account/password', cookie: here, payload });
    const wrong = await change({ currentPassword: 'not it at all', newPassword: 'herons at the low tide' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0].path).toBe('currentPassword');
    const weak = await change({ currentPassword: user.password, newPassword: 'passwordpassword' });
    expect(weak.json().error.issues[0].path).toBe('newPassword');
    expect((await change({ currentPassword: user.password, newPassword: 'herons at the low tide' })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: here })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: elsewhere })).statusCode).toBe(401);
    await t.signIn({ ...user, password: 'herons at the low tide' });
  });

  it('an admin changes roles, audited, but never leaves the practice without an admin (409 last_admin)', async () => {
    t = await createTestApp(dialect);
    const admin = await t.as(['admin']);
    const staff = await t.user(['therapist']);
    const roles = (id: string, r: string[]) =>
      t.request({ method: 'PUT', url: `/api/staff/${id}/roles`, cookie: admin.cookie, payload: { roles: r } });
    const changed = await roles(staff.id, ['therapist', 'admin']);
    expect(changed.json().roles).toEqual(['admin', 'therapist']);
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'staff.roles_change').executeTakeFirstOrThrow();
    expect(audit.record_id).toBe(staff.id);
    // Two admins: one may step down. Then the one left may not.
    expect((await roles(admin.user.id, ['therapist'])).statusCode).toBe(200);
    const staffCookie = await t.signIn(staff);
    const last = await t.request({
      method: 'PUT',
      url: `/api/staff/${staff.id}/roles`,
      cookie: staffCookie,
      payload: { roles: ['therapist'] },
    });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('last_admin');
    const bad = await t.request({
      method: 'PUT',
      url: `/api/staff/${staff.id}/roles`,
      cookie: staffCookie,
      payload: { roles: ['wizard'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toContain('roles');
    // The former admin lost the ability at once.
    expect((await roles(staff.id, ['admin'])).statusCode).toBe(404);
  });
});

describe.each(TEST_DIALECTS)('who is who (%s)', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function invite(cookie: string, email: string, displayName: string) {
    const response = await t.request({
      method: 'POST',
      url: '/api/staff/invitations',
      cookie,
      payload: { email, displayName, roles: ['therapist'] },
    });
    return response;
  }
  async function tokenFor(email: string) {
    const mail = await t.deps.db.selectFrom('outbox').select('body_text').where('to_address', '=', email).executeTakeFirstOrThrow();
    return /#token=([\w-]+)/.exec(mail.body_text)?.[1];
  }

  it('an invitation fixes the display name; a short name may not be another staff member’s name', async () => {
    t = await createTestApp(dialect);
    const admin = await t.as(['admin']);
    await t.user(['prescriber'], { displayName: 'Dr. Priya Patel' });
    expect((await invite(admin.cookie, 'sam@practice.test', 'Sam Okafor')).statusCode).toBe(200);
    const token = await tokenFor('sam@practice.test');
    const accept = (payload: object) =>
      t.request({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: 'tidepools and lanterns', ...payload } });
    // Impersonation: the display name the invitee sends is ignored; a short name copying another's is refused.
    const taken = await accept({ displayName: 'Dr. Priya Patel', shortName: 'dr priya patel' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.issues[0].path).toBe('shortName');
    const accepted = await accept({ displayName: 'Dr. Priya Patel', shortName: 'Sam' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ displayName: 'Sam Okafor', shortName: 'Sam' });
  });

  it('an admin cannot invite under, or rename someone to, another staff member’s name; a rename is audited', async () => {
    t = await createTestApp(dialect);
    const admin = await t.as(['admin']);
    const priya = await t.user(['prescriber'], { displayName: 'Dr. Priya Patel' });
    const other = await t.user(['therapist'], { displayName: 'Tess Lane' });
    const copied = await invite(admin.cookie, 'x@practice.test', 'dr. priya  patel');
    expect(copied.statusCode).toBe(409);
    expect(copied.json().error.issues[0].path).toBe('displayName');
    const rename = (displayName: string) =>
      t.request({ method: 'PUT', url: `/api/staff/${other.id}/display-name`, cookie: admin.cookie, payload: { displayName } });
    expect((await rename(priya.displayName)).statusCode).toBe(409);
    expect((await rename('')).json().error.issues[0].path).toBe('displayName');
    expect((await rename('Tess Lane-Ortiz')).json().displayName).toBe('Tess Lane-Ortiz');
    const row = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'staff.display_name_change')
      .executeTakeFirstOrThrow();
    expect(row.record_id).toBe(other.id);
  });

  it('the person sets a short name for the greeting, never another staff member’s name', async () => {
    t = await createTestApp(dialect);
    await t.user(['prescriber'], { displayName: 'Dr. Priya Patel' });
    const me = await t.as(['therapist']);
    const set = (shortName: string) =>
      t.request({ method: 'PUT', url: '/api/account/short-name', cookie: me.cookie, payload: { shortName } });
    const taken = await set('Dr. Priya Patel');
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.issues[0].path).toBe('shortName');
    expect((await set('x'.repeat(61))).json().error.issues[0].path).toBe('shortName');
    expect((await set('Tess')).json().shortName).toBe('Tess');
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: me.cookie })).json().user.shortName).toBe('Tess');
  });

  it('a refused attempt to open a chart writes an audit row; a signed-out one does not', async () => {
    t = await createTestApp(dialect);
    const clinic = await openClinic(t);
    const refused = await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.otherTherapist.cookie });
    expect(refused.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}` })).statusCode).toBe(401);
    const rows = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.read_refused').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: clinic.otherTherapist.user.id, record_id: clinic.clientId });
  });
});
