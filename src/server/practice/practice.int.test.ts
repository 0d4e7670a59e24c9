import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const settings = {
  practiceName: 'Stillwater Therapy',
  therapistName: 'Dr. Lena Ortiz',
  email: 'hello@stillwater.test',
  phone: '(555) 010-0100',
  address: '12 Harbour Lane',
  timeZone: 'America/Denver',
  emergencyNumber: '911',
};

describe.each(TEST_DIALECTS)('practice settings and public pages (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('saves the settings, audits which fields changed, and the public pages speak with the names', async () => {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({ method: 'PUT', url: '/api/practice', cookie, payload: settings });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ...settings, updatedAt: '2026-11-22T10:00:00.000Z' });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'practice.settings_update')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.detail)).toContain('practiceName');
    const begin = await t.request({ method: 'GET', url: '/begin' });
    expect(begin.body).toContain('Stillwater Therapy');
    expect(begin.body).toContain('Dr. Lena Ortiz');
    expect(begin.body).not.toContain('{{');
  });

  it('refuses a time zone that does not exist and an empty practice name, naming both', async () => {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({
      method: 'PUT',
      url: '/api/practice',
      cookie,
      payload: { ...settings, timeZone: 'Mars/Olympus', practiceName: ' ' },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['practiceName', 'timeZone']);
  });

  it('lets staff read settings, only admins change them, and no one signed out', async () => {
    expect((await t.request({ method: 'GET', url: '/api/practice' })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url: '/api/practice', payload: settings })).statusCode).toBe(401);
    const { cookie } = await t.as(['therapist']);
    expect((await t.request({ method: 'GET', url: '/api/practice', cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'PUT', url: '/api/practice', cookie, payload: settings })).statusCode).toBe(404);
  });

  it('lists the seven pages as defaults to review, saves an edit that the public site shows, and restores the default', async () => {
    const { cookie } = await t.as(['admin']);
    const list = (await t.request({ method: 'GET', url: '/api/practice/pages', cookie })).json();
    expect(list.pages.map((p: { slug: string }) => p.slug)).toEqual([
      'home',
      'what-is-kap',
      'who-it-may-help',
      'how-it-works',
      'kap-and-trauma',
      'is-it-right-for-you',
      'begin',
    ]);
    expect(list.pages.every((p: { isDefault: boolean; reviewedAt: null }) => p.isDefault && p.reviewedAt === null)).toBe(true);

    const saved = await t.request({
      method: 'PUT',
      url: '/api/practice/pages/kap-and-trauma',
      cookie,
      payload: {
        title: 'Trauma and KAP',
        description: 'How KAP fits with trauma therapy.',
        body: '## Our approach\n\nWe go gently.',
        reviewed: true,
      },
    });
    expect(saved.json()).toMatchObject({ isDefault: false, reviewedAt: '2026-11-22T10:00:00.000Z', title: 'Trauma and KAP' });
    const page = await t.request({ method: 'GET', url: '/kap-and-trauma' });
    expect(page.body).toContain('<h1>Trauma and KAP</h1>');
    expect(page.body).toContain('<h2>Our approach</h2>');

    const restored = await t.request({ method: 'POST', url: '/api/practice/pages/kap-and-trauma/restore-default', cookie });
    expect(restored.json().isDefault).toBe(true);
    expect((await t.request({ method: 'GET', url: '/kap-and-trauma' })).body).not.toContain('Trauma and KAP</h1>');
  });

  it('previews Markdown through the same sanitizing renderer', async () => {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({
      method: 'POST',
      url: '/api/practice/pages/preview',
      cookie,
      payload: { body: '**Hello** <script>x</script> {{practiceName}}' },
    });
    expect(response.json().html).toBe('<p><strong>Hello</strong> &lt;script&gt;x&lt;/script&gt; your practice</p>\n');
  });

  it('refuses an unknown page and an empty body, naming the field', async () => {
    const { cookie } = await t.as(['admin']);
    const unknown = await t.request({ method: 'GET', url: '/api/practice/pages/pricing', cookie });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('slug');
    const empty = await t.request({
      method: 'PUT',
      url: '/api/practice/pages/home',
      cookie,
      payload: { title: 'Home', description: 'd', body: '', reviewed: true },
    });
    expect(empty.json().error.issues[0].path).toBe('body');
  });

  it('keeps page editing for admins: 401 signed out, 404 for a therapist', async () => {
    const routes = [
      ['GET', '/api/practice/pages', undefined],
      ['GET', '/api/practice/pages/home', undefined],
      ['PUT', '/api/practice/pages/home', { title: 'x', description: 'x', body: 'x', reviewed: true }],
      ['POST', '/api/practice/pages/preview', { body: 'x' }],
      ['POST', '/api/practice/pages/home/restore-default', undefined],
    ] as const;
    for (const [method, url, payload] of routes) expect((await t.request({ method, url, payload })).statusCode).toBe(401);
    const { cookie } = await t.as(['therapist']);
    for (const [method, url, payload] of routes) expect((await t.request({ method, url, payload, cookie })).statusCode, url).toBe(404);
  });
});
