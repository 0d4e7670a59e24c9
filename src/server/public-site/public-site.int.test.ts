import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const PAGES = ['/', '/what-is-kap', '/who-it-may-help', '/how-it-works', '/kap-and-trauma', '/is-it-right-for-you', '/begin'];

describe.each(TEST_DIALECTS)('public site (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('serves every page as HTML without any script, each with the crisis notice and a main heading', async () => {
    for (const url of PAGES) {
      const response = await t.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body, url).not.toMatch(/<script/i);
      expect(response.body, url).toContain('href="tel:988"');
      expect(response.body, url).toContain('not for emergencies');
      expect(response.body.match(/<h1[ >]/g), url).toHaveLength(1);
    }
  });

  it('uses the practice’s own emergency number in the crisis notice', async () => {
    const { cookie } = await t.as(['admin']);
    await t.request({
      method: 'PUT',
      url: '/api/practice',
      cookie,
      payload: {
        practiceName: 'Harbour KAP',
        therapistName: 'Ana',
        email: '',
        phone: '',
        address: '',
        timeZone: 'Europe/London',
        emergencyNumber: '999',
      },
    });
    const response = await t.request({ method: 'GET', url: '/' });
    expect(response.body).toContain('href="tel:999"');
  });

  it('offers a client sign-in beside the staff one', async () => {
    const page = await t.request({ method: 'GET', url: '/' });
    expect(page.body).toContain('<a href="/app/sign-in?next=/portal">Client sign in</a>');
    expect(page.body).toContain('<a href="/app/sign-in">Staff sign in</a>');
  });

  it('marks the current page in the navigation', async () => {
    const response = await t.request({ method: 'GET', url: '/how-it-works' });
    expect(response.body).toMatch(/href="\/how-it-works" aria-current="page"/);
  });

  it('shows the form on /begin with a label for every control', async () => {
    const body = (await t.request({ method: 'GET', url: '/begin' })).body;
    const ids = [...body.matchAll(/<(?:input|textarea|select)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'reason', 'preferredTimes', 'heardAbout', 'consent']));
    for (const id of ids) expect(body, id).toContain(`for="${id}"`);
  });

  it('answers an unknown page with a kind 404 page', async () => {
    const response = await t.request({ method: 'GET', url: '/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('We could not find that page');
  });

  it('tells crawlers to leave the app and API alone', async () => {
    const response = await t.request({ method: 'GET', url: '/robots.txt' });
    expect(response.body).toContain('Disallow: /app/');
  });
});
