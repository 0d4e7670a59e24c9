import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';

describe.each(TEST_DIALECTS)('security at the edge (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('sends a strict Content-Security-Policy and the other security headers on pages, API answers and errors', async () => {
    for (const url of ['/', '/begin', '/api/setup', '/api/auth/me', '/no-such-page', '/api/no-such-route']) {
      const response = await t.request({ method: 'GET', url });
      const csp = response.headers['content-security-policy'];
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
    }
  });

  it('refuses a state-changing request from another site', async () => {
    const user = await t.user(['therapist']);
    const crossOrigin = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'https://evil.example' },
      payload: { email: user.email, password: user.password },
    });
    expect(crossOrigin.statusCode).toBe(403);
    expect(crossOrigin.json().error.code).toBe('cross_site_request');
    const fetchSite = await t.request({
      method: 'POST',
      url: '/begin',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    expect(fetchSite.statusCode).toBe(403);
    const sameOrigin = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' },
      payload: { email: user.email, password: user.password },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('accepts only JSON on the API, so a cross-site form cannot post there', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'text/plain' },
      payload: '{"email":"a@b.co","password":"x"}',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
  });

  it('answers malformed JSON with 400 in the one error shape, never 500', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });

  it('answers an unknown API route with 404 in the one error shape', async () => {
    const response = await t.request({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('publishes an OpenAPI 3.1 document built from the same zod contracts', async () => {
    const response = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/sign-in',
        '/api/enquiries',
        '/api/enquiries/{id}',
        '/api/enquiries/{id}/status',
        '/api/practice',
        '/api/audit',
      ]),
    );
    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
  });
});
