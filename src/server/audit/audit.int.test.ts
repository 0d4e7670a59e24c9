import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liftRecordLocks, sealNow } from '../../testing/tamper.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { readHeadFile } from '../platform/audit/audit-head-file.js';
import { sealAuditLog } from '../platform/audit/seal-audit-log.js';
import { inTransaction } from '../platform/deps.js';
import { verifyAuditChain } from './verify-audit-chain.js';

describe.each(TEST_DIALECTS)('audit trail (%s)', (dialect) => {
  let t: TestApp;
  let dir: string;
  let headFile: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-audit-'));
    headFile = path.join(dir, 'audit-head.json');
    t.deps.config.auditHeadFile = headFile;
    // Some real activity: sign-ins, a failed sign-in, a request and (twice) a read of the queue.
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
  afterEach(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function rows() {
    return t.deps.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  }
  const verify = (options: Parameters<typeof verifyAuditChain>[1] = {}) => verifyAuditChain(t.deps.db, { now: t.deps.clock(), ...options });
  const keptHeads = () => {
    const kept = readHeadFile(headFile);
    return kept ? [{ batch: kept.batch, hash: kept.hash, source: headFile }] : [];
  };
  const lift = async () => {
    await liftRecordLocks(t.deps.db, t.deps.dialect, 'audit_log');
    await liftRecordLocks(t.deps.db, t.deps.dialect, 'audit_seals');
  };
  const write = (action: string, now = t.deps.clock()) =>
    inTransaction(t.deps, (tx) => appendAudit(tx, { actor: null, ip: '127.0.0.1', now }, { action }));

  it('appends rows unsealed, seals them into one batch, and verifies intact', async () => {
    const before = await rows();
    // The refetch of the same queue by the same person inside the window added no row.
    expect(before.map((r) => r.action)).toEqual(['auth.sign_in', 'auth.sign_in_failed', 'enquiry.create', 'enquiry.list']);
    expect(before.map((r) => [r.seq, r.batch, r.hash])).toEqual([1, 2, 3, 4].map((seq) => [seq, null, null]));
    expect(before[1]).toMatchObject({ actor_id: null, ip: '127.0.0.1' });
    const outcome = await sealNow(t.deps);
    expect(outcome).toMatchObject({ status: 'sealed', seal: { batch: 1, firstSeq: 1, lastSeq: 4, count: 4 } });
    expect((await rows()).every((r) => r.batch === 1 && r.hash?.length === 64)).toBe(true);
    expect(readHeadFile(headFile)).toMatchObject({ batch: 1, lastSeq: 4 });
    const report = await verify({ keptHeads: keptHeads() });
    expect(report).toMatchObject({ checked: 4, pending: 0, problems: [], head: { batch: 1, lastSeq: 4 } });
    expect(await sealNow(t.deps)).toEqual({ status: 'nothing_to_seal' });
  });

  it('refuses changes and deletions through the database itself; the sealer may fill a seal once', async () => {
    await expect(t.deps.db.updateTable('audit_log').set({ action: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/locked/);
    await expect(t.deps.db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/locked/);
    await expect(
      t.deps.db
        .updateTable('audit_log')
        .set({ batch: 9, hash: 'f'.repeat(64), action: 'x' })
        .where('seq', '=', 1)
        .execute(),
    ).rejects.toThrow(/locked/);
    await sealNow(t.deps);
    await expect(
      t.deps.db
        .updateTable('audit_log')
        .set({ batch: 2, hash: 'f'.repeat(64) })
        .where('seq', '=', 1)
        .execute(),
    ).rejects.toThrow(/locked/);
    await expect(t.deps.db.updateTable('audit_seals').set({ root: 'x' }).execute()).rejects.toThrow(/locked/);
    await expect(t.deps.db.deleteFrom('audit_seals').execute()).rejects.toThrow(/locked/);
  });

  it('catches a changed row', async () => {
    await sealNow(t.deps);
    await lift();
    await t.deps.db.updateTable('audit_log').set({ action: 'enquiry.read' }).where('seq', '=', 3).execute();
    expect((await verify()).problems).toContainEqual({ kind: 'changed', seq: 3, batch: 1 });
  });

  it('catches a changed row whose hash the intruder recomputed', async () => {
    await sealNow(t.deps);
    await lift();
    await t.deps.db
      .updateTable('audit_log')
      .set({ ip: '10.0.0.9', hash: 'e'.repeat(64) })
      .where('seq', '=', 2)
      .execute();
    expect((await verify()).problems).toContainEqual({ kind: 'missing_or_reordered', seq: 1, batch: 1 });
  });

  it('catches a deleted row', async () => {
    await sealNow(t.deps);
    await lift();
    await t.deps.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    expect((await verify()).problems).toEqual([{ kind: 'missing_or_reordered', seq: 1, batch: 1 }]);
  });

  it('catches two rows swapped in order', async () => {
    await sealNow(t.deps);
    await lift();
    await t.deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('audit_log').set({ seq: 100 }).where('seq', '=', 2).execute();
      await trx.updateTable('audit_log').set({ seq: 2 }).where('seq', '=', 3).execute();
      await trx.updateTable('audit_log').set({ seq: 3 }).where('seq', '=', 100).execute();
    });
    const report = await verify();
    expect(report.problems).toContainEqual({ kind: 'changed', seq: 2, batch: 1 });
    expect(report.problems).toContainEqual({ kind: 'changed', seq: 3, batch: 1 });
  });

  it('catches a row moved from one batch to another', async () => {
    await sealNow(t.deps);
    await write('test.later');
    await sealNow(t.deps);
    await lift();
    await t.deps.db.updateTable('audit_log').set({ batch: 2 }).where('seq', '=', 4).execute();
    const problems = (await verify()).problems;
    expect(problems).toContainEqual({ kind: 'missing_or_reordered', seq: 1, batch: 1 });
    expect(problems).toContainEqual({ kind: 'missing_or_reordered', seq: 5, batch: 2 });
  });

  it('catches rows deleted from the end of the last batch', async () => {
    await sealNow(t.deps);
    await lift();
    await t.deps.db.deleteFrom('audit_log').where('seq', '>=', 3).execute();
    expect((await verify()).problems).toEqual([{ kind: 'missing_or_reordered', seq: 1, batch: 1 }]);
  });

  it('catches a deleted last batch against the head kept outside the database, and seals nothing over it', async () => {
    await sealNow(t.deps);
    await write('test.second_batch');
    await sealNow(t.deps);
    expect(readHeadFile(headFile)).toMatchObject({ batch: 2, lastSeq: 5 });
    await lift();
    await t.deps.db.deleteFrom('audit_log').where('batch', '=', 2).execute();
    await t.deps.db.deleteFrom('audit_seals').where('batch', '=', 2).execute();
    // Inside the database alone the shorter trail is consistent; that is why the head is kept outside it.
    expect((await verify()).problems).toEqual([]);
    expect((await verify({ keptHeads: keptHeads() })).problems).toEqual([{ kind: 'head_missing', seq: 0, batch: 2 }]);
    await write('test.after_the_cut');
    expect(await sealNow(t.deps)).toMatchObject({ status: 'refused' });
    expect(readHeadFile(headFile)).toMatchObject({ batch: 2, lastSeq: 5 });
  });

  it('catches rows whose seal was removed, even with no head kept', async () => {
    await sealNow(t.deps);
    await write('test.second_batch');
    await sealNow(t.deps);
    await lift();
    await t.deps.db.deleteFrom('audit_seals').where('batch', '=', 2).execute();
    expect((await verify()).problems).toEqual([{ kind: 'unknown_batch', seq: 5, batch: 2 }]);
  });

  it('catches a rewritten last batch against the kept head', async () => {
    await sealNow(t.deps);
    const kept = keptHeads();
    await lift();
    await t.deps.db.deleteFrom('audit_log').where('seq', '=', 4).execute();
    await t.deps.db.deleteFrom('audit_seals').execute();
    await t.deps.db.updateTable('audit_log').set({ batch: null, hash: null }).execute();
    await sealNow(t.deps, null); // the intruder's own sealer, which never saw the head file
    const report = await verify({ keptHeads: kept });
    expect(report.problems).toEqual([{ kind: 'head_mismatch', seq: 3, batch: 1 }]);
  });

  it('names a row left unsealed past a few seconds', async () => {
    await sealNow(t.deps);
    await write('test.unsealed');
    expect((await verify()).pending).toBe(1);
    t.advance(10_000);
    expect((await verify()).problems).toEqual([{ kind: 'unsealed', seq: 5 }]);
  });

  it('keeps the chain whole when many writes and seals race', async () => {
    const { cookie } = await t.as(['therapist']);
    // The public request form is rate limited per address, so most of the racing writers are use cases run directly.
    const payload = (i: number) => ({ name: `R${i}`, email: `r${i}@example.org`, preferredContact: 'email', consent: true });
    const forms = Array.from({ length: 3 }, (_, i) => t.request({ method: 'POST', url: '/api/enquiries', payload: payload(i) }));
    const reads = Array.from({ length: 10 }, () => t.request({ method: 'GET', url: '/api/enquiries', cookie }));
    const writes = Array.from({ length: 40 }, (_, i) => write(`test.race_${i}`));
    const seals = Array.from({ length: 5 }, () => sealNow(t.deps));
    await Promise.all(writes);
    const answers = await Promise.all([...forms, ...reads]);
    await Promise.all(seals);
    expect(answers.every((a) => a.statusCode < 300)).toBe(true);
    await sealNow(t.deps);
    const report = await verify({ keptHeads: keptHeads() });
    expect(report.problems).toEqual([]);
    const count = await t.deps.db.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(report.checked);
    expect(report.pending).toBe(0);
  });

  it('audits a re-read by the same person once per five minutes', async () => {
    const { cookie, user } = await t.as(['therapist']);
    const other = await t.as(['therapist']);
    const reads = () => t.deps.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'enquiry.list').execute();
    const marks = () => t.deps.db.selectFrom('audit_read_marks').selectAll().orderBy('key').execute();
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
    const marksAfterFirst = await marks();
    t.advance(60_000);
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
    expect((await reads()).filter((r) => r.actor_id === user.id)).toHaveLength(1);
    // The refetch wrote nothing, not even its bookkeeping.
    expect(await marks()).toEqual(marksAfterFirst);
    await t.request({ method: 'GET', url: '/api/enquiries', cookie: other.cookie });
    expect((await reads()).filter((r) => r.actor_id === other.user.id)).toHaveLength(1);
    t.advance(5 * 60_000);
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
    expect((await reads()).filter((r) => r.actor_id === user.id)).toHaveLength(2);
  });

  it('audits a read again at once when what the person saw changed', async () => {
    const { cookie, user } = await t.as(['therapist']);
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
    await t.request({
      method: 'POST',
      url: '/api/enquiries',
      payload: { name: 'B', email: 'b@example.org', preferredContact: 'email', consent: true },
    });
    await t.request({ method: 'GET', url: '/api/enquiries', cookie });
    const reads = await t.deps.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'enquiry.list').execute();
    expect(reads.filter((r) => r.actor_id === user.id)).toHaveLength(2);
  });

  it('lets an admin browse and verify in the app, sealing first and showing the head; others get 404, and no one signed out', async () => {
    const { cookie } = await t.as(['admin']);
    const page = await t.request({ method: 'GET', url: '/api/audit?action=enquiry.', cookie });
    expect(page.statusCode).toBe(200);
    expect(page.json().rows.map((r: { action: string }) => r.action)).toEqual(['enquiry.list', 'enquiry.create']);
    const verified = await t.request({ method: 'GET', url: '/api/audit/verify', cookie });
    const head = JSON.parse(readFileSync(headFile, 'utf8'));
    expect(verified.json()).toMatchObject({ intact: true, problems: [], head: { batch: head.batch, hash: head.hash } });
    expect(verified.json().keptHead).toMatchObject({ batch: head.batch, hash: head.hash, matches: true });
    expect((await t.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    const therapist = await t.as(['therapist']);
    expect((await t.request({ method: 'GET', url: '/api/audit', cookie: therapist.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/audit/verify', cookie: therapist.cookie })).statusCode).toBe(404);
  });

  it('shows a broken trail in the app verify', async () => {
    const { cookie } = await t.as(['admin']);
    await sealNow(t.deps);
    await lift();
    await t.deps.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    const verified = await t.request({ method: 'GET', url: '/api/audit/verify', cookie });
    expect(verified.json()).toMatchObject({ intact: false, problems: [{ kind: 'missing_or_reordered', seq: 1, batch: 1 }] });
  });

  it('refuses a bad filter with 400', async () => {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({ method: 'GET', url: '/api/audit?before=minus', cookie });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('before');
  });

  it.runIf(dialect === 'postgres')('seals a row that commits late, with a lower seq, into a later batch', async () => {
    await sealNow(t.deps);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const insertedEarly = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const slow = inTransaction(t.deps, async (tx) => {
      // appendAudit sends its row with the COMMIT on PostgreSQL, which narrows this window to almost
      // nothing; a row inserted at once (as any writer may) draws its seq long before it commits.
      tx.markAudited();
      await tx.db
        .insertInto('audit_log')
        .values({ at: t.deps.clock().toISOString(), action: 'test.slow', detail: '{}', ip: '127.0.0.1' })
        .execute();
      inserted();
      await held;
    });
    await insertedEarly;
    await write('test.fast');
    const first = await sealNow(t.deps);
    release();
    await slow;
    const second = await sealNow(t.deps);
    const bySeq = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'seq', 'batch'])
      .where('action', 'like', 'test.%')
      .orderBy('seq')
      .execute();
    expect(bySeq.map((r) => r.action)).toEqual(['test.slow', 'test.fast']);
    expect(first).toMatchObject({ status: 'sealed', seal: { batch: 2, count: 1 } });
    expect(second).toMatchObject({ status: 'sealed', seal: { batch: 3, count: 1 } });
    expect(bySeq.map((r) => r.batch)).toEqual([3, 2]);
    expect((await verify({ keptHeads: keptHeads() })).problems).toEqual([]);
  });

  it.runIf(dialect === 'postgres')('lets only one sealer run: another server holding the lock makes this one skip', async () => {
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.deps.db)).rows[0]!.s;
    const other = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock(7201002, hashtext(current_schema()))');
      const sealer = { db: t.deps.db, dialect: t.deps.dialect, clock: t.deps.clock, log: t.deps.log, headFile };
      expect(await sealAuditLog(sealer)).toEqual({ status: 'skipped' });
      expect((await rows()).every((r) => r.batch === null)).toBe(true);
      await other.query('select pg_advisory_unlock(7201002, hashtext(current_schema()))');
      expect(await sealAuditLog(sealer)).toMatchObject({ status: 'sealed' });
    } finally {
      await other.end();
    }
  });
});
