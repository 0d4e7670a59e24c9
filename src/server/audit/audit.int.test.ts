import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liftRecordLocks } from '../../testing/tamper.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { verifyAuditChain } from './verify-audit-chain.js';

describe.each(TEST_DIALECTS)('audit trail (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    // Some real activity: sign-ins, a failed sign-in, a request and reads of it.
    const { cookie } = await t.as(['admin', 'therapist']);
    await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@holdspace.test', password: 'wrong password here' },
    });
    await t.request({
      method: 'POST',
      url: '/api/enquiries',
      payload: { name: 'A', email: 'a@example.org', preferredContact: 'email', consent: true },
    });
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
  });
  afterEach(async () => t.close());

  async function rows() {
    return t.deps.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  }

  it('chains every row to the one before and verifies intact', async () => {
    const all = await rows();
    expect(all.map((r) => r.action)).toEqual(['auth.sign_in', 'auth.sign_in_failed', 'enquiry.create', 'enquiry.list', 'enquiry.list']);
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < all.length; i++) expect(all[i]?.prev_hash).toBe(all[i - 1]?.hash);
    expect(all[1]).toMatchObject({ actor_id: null, ip: '127.0.0.1' });
    expect(await verifyAuditChain(t.deps.db)).toEqual({ checked: 5, problems: [] });
  });

  it('refuses changes and deletions through the database itself', async () => {
    await expect(t.deps.db.updateTable('audit_log').set({ action: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/locked/);
    await expect(t.deps.db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/locked/);
  });

  it('catches a changed row', async () => {
    await liftRecordLocks(t.deps.db, t.deps.dialect, 'audit_log');
    await t.deps.db.updateTable('audit_log').set({ action: 'enquiry.read' }).where('seq', '=', 3).execute();
    const report = await verifyAuditChain(t.deps.db);
    expect(report.problems).toContainEqual({ kind: 'changed', seq: 3 });
  });

  it('catches a deleted row', async () => {
    await liftRecordLocks(t.deps.db, t.deps.dialect, 'audit_log');
    await t.deps.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    const report = await verifyAuditChain(t.deps.db);
    expect(report.problems).toContainEqual({ kind: 'missing_or_reordered', seq: 3, expectedSeq: 2 });
    expect(report.problems).toContainEqual({ kind: 'broken_link', seq: 3 });
  });

  it('catches two rows swapped in order', async () => {
    await liftRecordLocks(t.deps.db, t.deps.dialect, 'audit_log');
    await t.deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('audit_log').set({ seq: 100 }).where('seq', '=', 2).execute();
      await trx.updateTable('audit_log').set({ seq: 2 }).where('seq', '=', 3).execute();
      await trx.updateTable('audit_log').set({ seq: 3 }).where('seq', '=', 100).execute();
    });
    const report = await verifyAuditChain(t.deps.db);
    expect(report.problems.map((p) => p.seq)).toEqual(expect.arrayContaining([2, 3]));
  });

  it('lets an admin browse and verify in the app; others get 404, and no one signed out', async () => {
    const { cookie } = await t.as(['admin']);
    const page = await t.request({ method: 'GET', url: '/api/audit?action=enquiry.', cookie });
    expect(page.statusCode).toBe(200);
    expect(page.json().rows.map((r: { action: string }) => r.action)).toEqual(['enquiry.list', 'enquiry.list', 'enquiry.create']);
    const verify = await t.request({ method: 'GET', url: '/api/audit/verify', cookie });
    expect(verify.json()).toMatchObject({ intact: true, problems: [] });
    expect((await t.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    const therapist = await t.as(['therapist']);
    expect((await t.request({ method: 'GET', url: '/api/audit', cookie: therapist.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/audit/verify', cookie: therapist.cookie })).statusCode).toBe(404);
  });

  it('refuses a bad filter with 400', async () => {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({ method: 'GET', url: '/api/audit?before=minus', cookie });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('before');
  });

  it('keeps the chain whole when many writes race', async () => {
    const { cookie } = await t.as(['therapist']);
    await Promise.all(Array.from({ length: 20 }, () => t.request({ method: 'GET', url: '/api/enquiries', cookie })));
    const report = await verifyAuditChain(t.deps.db);
    expect(report.problems).toEqual([]);
    const count = await t.deps.db.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(report.checked);
  });
});
