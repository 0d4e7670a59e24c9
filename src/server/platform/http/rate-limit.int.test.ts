import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';
import type { AppOptions } from '../../app.js';

describe.each(TEST_DIALECTS)('the general request limit (%s)', (dialect) => {
  let t: TestApp | undefined;
  const open = async (options: AppOptions = { rateLimitPerMinute: 4 }) => {
    t = await createTestApp(dialect, {}, options);
    return t;
  };
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const me = (cookie?: string) => t!.request({ method: 'GET', url: '/api/auth/me', ...(cookie ? { cookie } : {}) });

  it('counts per signed-in person, so colleagues behind one address do not share a bucket', async () => {
    const t = await open();
    // Both sign in from the one test address: two of that address's four.
    const first = await t.as(['therapist']);
    const second = await t.as(['prescriber']);
    for (let i = 0; i < 4; i++) expect((await me(first.cookie)).statusCode).toBe(200);
    const limited = await me(first.cookie);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too_many_requests');
    expect((await me(second.cookie)).statusCode).toBe(200);
  });

  it('counts per address before sign-in', async () => {
    const t = await open();
    for (let i = 0; i < 4; i++) expect((await me()).statusCode).toBe(401);
    expect((await me()).statusCode).toBe(429);
    const fromElsewhere = await t.request({ method: 'GET', url: '/api/auth/me', remoteAddress: '203.0.113.9' });
    expect(fromElsewhere.statusCode).toBe(401);
  });

  it('is 600 a minute unless the practice sets API_RATE_LIMIT_PER_MINUTE', async () => {
    const t = await open({});
    const response = await t.request({ method: 'GET', url: '/api/auth/me' });
    expect(response.headers['x-ratelimit-limit']).toBe('600');
  });
});
