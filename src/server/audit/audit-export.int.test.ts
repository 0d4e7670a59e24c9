import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { inTransaction } from '../platform/deps.js';
import { csvCell } from './export-audit-log.js';

describe.each(TEST_DIALECTS)('audit filters and CSV export (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  const write = (action: string, at: string, recordId: string | null = null) =>
    inTransaction(t.deps, (tx) =>
      appendAudit(
        tx,
        { actor: null, ip: '127.0.0.1', now: new Date(at) },
        { action, recordType: recordId ? 'client' : undefined, recordId: recordId ?? undefined },
      ),
    );
  const actions = (body: { rows: { action: string }[] }) => body.rows.map((r) => r.action).filter((a) => a !== 'audit.read');

  it('filters by kind of action, client, person and date range', async () => {
    const admin = await t.as(['admin']);
    await write('client.read', '2026-03-01T18:00:00.000Z', 'client-1');
    await write('client.read', '2026-03-05T18:00:00.000Z', 'client-2');
    await write('consultation.read', '2026-03-05T19:00:00.000Z', 'client-1');
    const get = async (q: string) => (await t.request({ method: 'GET', url: `/api/audit?${q}`, cookie: admin.cookie })).json();
    expect(actions(await get('kind=client'))).toEqual(['client.read', 'client.read']);
    expect(actions(await get('clientId=client-1'))).toEqual(['consultation.read', 'client.read']);
    expect((await get('from=2026-03-02&to=2026-03-05')).rows.map((r: { recordId: string }) => r.recordId)).toEqual([
      'client-1',
      'client-2',
    ]);
    expect(actions(await get('from=2026-03-01&to=2026-03-01'))).toEqual(['client.read']);
    const mine = await get(`actorId=${admin.user.id}`);
    expect(mine.rows.every((r: { actorId: string }) => r.actorId === admin.user.id)).toBe(true);
  });

  it('exports the filtered rows as CSV, with words and no detail, and audits the export', async () => {
    const admin = await t.as(['admin']);
    await write('client.read', '2026-03-05T18:00:00.000Z', 'client-1');
    await write('enquiry.create', '2026-03-05T18:00:00.000Z');
    const response = await t.request({ method: 'GET', url: '/api/audit/export.csv?kind=client', cookie: admin.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="holdspace-audit-/);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('seq,at_utc,actor_id,actor_name,actor_role,action,what_happened,record_type,record_id,ip');
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain('client.read,Opened a client’s chart,client,client-1,127.0.0.1');
    const exported = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'audit.export').executeTakeFirstOrThrow();
    expect(exported.actor_id).toBe(admin.user.id);
    expect(typeof exported.detail === 'string' ? JSON.parse(exported.detail) : exported.detail).toEqual({ rows: 1, kind: 'client' });
  });

  it('answers 401 signed out, 404 to someone who may not see the log, 400 naming a bad filter', async () => {
    expect((await t.request({ method: 'GET', url: '/api/audit/export.csv' })).statusCode).toBe(401);
    const therapist = await t.as(['therapist']);
    expect((await t.request({ method: 'GET', url: '/api/audit/export.csv', cookie: therapist.cookie })).statusCode).toBe(404);
    const admin = await t.as(['admin']);
    for (const [q, field] of [
      ['from=yesterday', 'from'],
      ['to=2026-13-40', 'to'],
      ['kind=DROP%20TABLE', 'kind'],
    ]) {
      const bad = await t.request({ method: 'GET', url: `/api/audit/export.csv?${q}`, cookie: admin.cookie });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe(field);
    }
    const badPage = await t.request({ method: 'GET', url: '/api/audit?from=soon', cookie: admin.cookie });
    expect(badPage.json().error.issues[0].path).toBe('from');
  });
});

describe('csvCell', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
  });
});
