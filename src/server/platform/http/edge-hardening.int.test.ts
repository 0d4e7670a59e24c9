import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';
import { buildApp } from '../../app.js';
import { CONNECTION_LIMITS, findUnstorableText } from './request-hygiene.js';

/** Sends raw bytes to a listening server and collects what comes back until it closes. */
function rawExchange(
  port: number,
  chunks: string[],
  { gapMs = 0, giveUpMs = 5_000 } = {},
): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += d.toString('utf8');
    });
    const done = () => resolve({ text, closedAfterMs: Date.now() - started });
    socket.on('close', done);
    socket.on('error', () => {});
    const timer = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('close', () => clearTimeout(timer));
    let i = 0;
    const next = () => {
      if (i >= chunks.length || socket.destroyed) return;
      socket.write(chunks[i++]!);
      if (gapMs) setTimeout(next, gapMs);
      else next();
    };
    socket.on('connect', next);
  });
}

describe('finding text a database refuses', () => {
  it('names the first field holding a NUL, nested and in arrays', () => {
    expect(findUnstorableText({ a: 'fine', b: { c: ['ok', 'bad\u0000'] } })).toBe('b.c.1');
    expect(findUnstorableText('x\u0000')).toBe('body');
    expect(findUnstorableText({ a: 1, b: true, c: null })).toBeNull();
  });
});

describe.each(TEST_DIALECTS)('odd requests at the edge (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('answers a NUL byte in any field of the JSON API with 400 naming the field', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/enquiries',
      payload: {
        name: 'Ana\u0000',
        email: 'ana@example.org',
        preferredContact: 'email',
        reason: 'x',
        preferredTimes: '',
        heardAbout: '',
        consent: true,
        website: '',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('name');
    const { cookie, user } = await t.as(['therapist']);
    const client = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie,
      payload: { firstName: 'A', lastName: 'B\u0000' },
    });
    expect(client.statusCode).toBe(400);
    expect(client.json().error.issues[0].path).toBe('lastName');
    expect(user.id).toBeTruthy();
  });

  it('answers a NUL byte in the no-JavaScript request form with 400 naming the field', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/begin',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Ana%00&email=ana%40example.org&reason=hello&consent=yes',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('name');
    expect(await t.deps.db.selectFrom('enquiries').select('id').execute()).toHaveLength(0);
  });

  it('marks every API answer no-store, errors included', async () => {
    const { cookie } = await t.as(['admin']);
    for (const url of ['/api/auth/me', '/api/staff', '/api/no-such-route']) {
      const response = await t.request({ method: 'GET', url, cookie });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    expect((await t.request({ method: 'GET', url: '/api/auth/me' })).headers['cache-control']).toBe('no-store');
  });

  it('answers an over-long path parameter and a malformed URL in the one error shape', async () => {
    const { cookie } = await t.as(['therapist']);
    const long = await t.request({ method: 'GET', url: `/api/clients/${'a'.repeat(500)}`, cookie });
    expect(long.statusCode).toBeGreaterThanOrEqual(400);
    expect(long.statusCode).toBeLessThan(500);
    expect(long.json().error.code).toEqual(expect.any(String));
    const bad = await t.request({ method: 'GET', url: '/api/clients/%E0%A4%A', cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toEqual(expect.any(String));
  });
});

describe('cookies and proxies', () => {
  it('always marks the session cookie Secure with the __Host- prefix under an https PUBLIC_URL', async () => {
    const t = await createTestApp('sqlite');
    try {
      const app = await buildApp({ ...t.deps, config: { ...t.deps.config, publicUrl: 'https://kap.example.org' } }, { logLevel: 'silent' });
      const user = await t.user(['therapist']);
      // The proxy in front says nothing about https (or says http): the cookie is Secure all the same.
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-forwarded-proto': 'http' },
        payload: { email: user.email, password: user.password },
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === '__Host-hs_session');
      expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true });
      expect(cookie).not.toHaveProperty('domain');
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `__Host-hs_session=${cookie?.value}` } });
      expect(me.statusCode).toBe(200);
      const plainName = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `hs_session=${cookie?.value}` } });
      expect(plainName.statusCode).toBe(401);
      await app.close();
    } finally {
      await t.close();
    }
  });

  it('with one trusted proxy, a client rotating X-Forwarded-For cannot choose the address recorded', async () => {
    const t = await createTestApp('sqlite');
    try {
      const app = await buildApp(t.deps, { logLevel: 'silent', trustProxy: 1 });
      app.get('/api/test-ip', async (request) => ({ ip: request.ip }));
      const ip = async (xff: string) =>
        (await app.inject({ method: 'GET', url: '/api/test-ip', remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': xff } })).json()
          .ip;
      // The proxy appends the address it saw; whatever the client put before it is ignored.
      expect(await ip('1.1.1.1, 203.0.113.7')).toBe('203.0.113.7');
      expect(await ip('9.9.9.9, 8.8.8.8, 203.0.113.7')).toBe('203.0.113.7');
      await app.close();
    } finally {
      await t.close();
    }
  });
});

describe('slow and oversized clients on a listening server', () => {
  let t: TestApp;
  let port: number;
  beforeEach(async () => {
    t = await createTestApp('sqlite');
    const app = await buildApp(t.deps, { logLevel: 'silent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as net.AddressInfo).port;
    const close = t.close;
    t.close = async () => {
      await app.close();
      await close();
    };
  });
  afterEach(async () => t.close());

  it('answers headers that are too large with 431 in the one error shape', async () => {
    const big = 'a'.repeat(20_000);
    const { text } = await rawExchange(port, [`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${big}\r\n\r\n`]);
    expect(text).toMatch(/^HTTP\/1\.1 431/);
    expect(text).toContain('"code":"headers_too_large"');
  });

  it('closes a connection whose headers never finish', async () => {
    const { closedAfterMs } = await rawExchange(port, ['GET /api/health HTTP/1.1\r\nHost: x\r\n'], { giveUpMs: 20_000 });
    expect(closedAfterMs).toBeLessThan(15_000);
  }, 25_000);

  it('cuts off a body that trickles in, within the request time limit', async () => {
    const head = 'POST /api/enquiries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
    const { closedAfterMs } = await rawExchange(port, [head, ...Array.from({ length: 60 }, () => ' ')], { gapMs: 1_000, giveUpMs: 60_000 });
    expect(closedAfterMs).toBeLessThan(CONNECTION_LIMITS.requestTimeoutMs + 3_000);
  }, 65_000);

  it('keeps answering while many connections sit half-open', async () => {
    const sockets = Array.from({ length: 300 }, () => {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', () => {});
      s.write('POST /api/enquiries HTTP/1.1\r\nHost: x\r\n');
      return s;
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(response.status).toBe(200);
    for (const s of sockets) s.destroy();
  });
});
