import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const enquiry = (i: number) => ({
  name: `Visitor ${i}`,
  email: `visitor${i}@example.org`,
  preferredContact: 'email',
  reason: 'I would like to ask about a consultation.',
  preferredTimes: '',
  heardAbout: '',
  consent: true,
  website: '',
});

describe.each(TEST_DIALECTS)('limits that hold when attempts arrive at once (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const signIn = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    t.request({ method: 'POST', url: '/api/auth/sign-in', remoteAddress, payload: { email, password } });

  it('checks no more than 5 passwords for one account when 30 attempts arrive together', async () => {
    const user = await t.user(['therapist']);
    const attempts = Array.from({ length: 30 }, (_, i) => signIn(user.email, i === 29 ? user.password : `wrong password ${i}`));
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
    const checked = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['auth.sign_in', 'auth.sign_in_failed'])
      .execute();
    expect(checked.length).toBeLessThanOrEqual(5);
  });

  it('checks no more than 20 passwords from one address when 40 failures arrive together', async () => {
    const attempts = Array.from({ length: 40 }, (_, i) => signIn(`guess${i}@holdspace.test`, 'a wrong password'));
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(20);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
  });

  it('stores no more than 5 requests from one address when 30 arrive together', async () => {
    const attempts = Array.from({ length: 30 }, (_, i) => t.request({ method: 'POST', url: '/api/enquiries', payload: enquiry(i) }));
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 429).length).toBe(25);
    expect(await t.deps.db.selectFrom('enquiries').select('id').execute()).toHaveLength(5);
  });

  it('does not let a stranger who knows a staff email lock that person out from their own address', async () => {
    const user = await t.user(['therapist']);
    for (let i = 0; i < 12; i++) await signIn(user.email, `stranger guess ${i}`, '203.0.113.50');
    expect((await signIn(user.email, 'one more guess', '203.0.113.50')).statusCode).toBe(429);
    expect((await signIn(user.email, user.password, '198.51.100.7')).statusCode).toBe(200);
  });

  it('still stops guessing spread over many addresses, with a slower backstop for the account', async () => {
    const user = await t.user(['therapist']);
    // Ten addresses, five guesses each: every pair stays within its own limit, the account's backstop fills.
    for (let a = 0; a < 10; a++) {
      for (let i = 0; i < 5; i++) await signIn(user.email, `guess ${a}.${i}`, `203.0.113.${a + 1}`);
    }
    expect((await signIn(user.email, user.password, '198.51.100.7')).statusCode).toBe(429);
    t.advance(60 * 60_000);
    expect((await signIn(user.email, user.password, '198.51.100.7')).statusCode).toBe(200);
  });

  it('does not count a successful sign-in against an office that shares one address', async () => {
    for (let i = 0; i < 25; i++) {
      const user = await t.user(['therapist']);
      expect((await signIn(user.email, user.password)).statusCode, `person ${i}`).toBe(200);
    }
  });
});
