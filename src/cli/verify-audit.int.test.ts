import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { appendAudit } from '../server/platform/audit/append-audit.js';
import { readHeadFile } from '../server/platform/audit/audit-head-file.js';
import { sealAllPending } from '../server/platform/audit/seal-audit-log.js';
import { silentLogger } from '../server/platform/logger.js';
import { bareTx } from '../testing/bare-tx.js';
import { liftRecordLocks } from '../testing/tamper.js';

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, 'verify-audit.ts');

describe('npm run audit:verify', () => {
  let dir: string;
  const file = () => path.join(dir, 'holdspace.sqlite');
  const headFile = () => path.join(dir, 'audit-head.json');

  async function append(count: number) {
    const handle = connect({ kind: 'sqlite', file: file() });
    await migrateToLatest(handle.db, handle.dialect);
    for (let i = 0; i < count; i++) {
      await handle.db
        .transaction()
        .execute((trx) => appendAudit(bareTx(trx, 'sqlite'), { actor: null, ip: '127.0.0.1', now: new Date() }, { action: 'test.event' }));
    }
    await sealAllPending({ db: handle.db, dialect: 'sqlite', clock: () => new Date(), log: silentLogger, headFile: headFile() });
    await handle.close();
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-verify-'));
    await append(3);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function verify(...args: string[]) {
    try {
      const { stdout } = await run('npx', ['tsx', script, ...args], { env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' } });
      return { code: 0, output: stdout };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, output: e.stderr };
    }
  }

  it('says so and exits non-zero for a folder with no database, creating nothing', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'holdspace-verify-empty-'));
    try {
      const result = await run('npx', ['tsx', script], { env: { ...process.env, DATA_DIR: empty, DATABASE_URL: '' } }).then(
        () => ({ code: 0, output: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
      );
      expect(result.code).toBe(2);
      expect(result.output).toContain('There is no Holdspace database');
      expect(existsSync(path.join(empty, 'holdspace.sqlite'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('says intact, prints the sealed head and exits 0 for an untouched trail', async () => {
    const head = readHeadFile(headFile())!;
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.output).toContain('Audit trail intact: 3 rows checked.');
    expect(result.output).toContain(`Sealed head: batch 1:${head.hash} (row 3,`);
    expect(result.output).toContain('Matches the head kept in');
    expect((await verify('--expect-head', `1:${head.hash}`)).code).toBe(0);
  });

  it('fails on a head the admin kept that the database does not hold, and on a head that is not one', async () => {
    const result = await verify('--expect-head', `7:${'a'.repeat(64)}`);
    expect(result.code).toBe(1);
    expect(result.output).toContain('row 0 (batch 7): head missing');
    expect((await verify('--expect-head', 'seven')).code).toBe(2);
  });

  it('fails when the last batch is deleted, against the head file', async () => {
    await append(2);
    expect(readHeadFile(headFile())).toMatchObject({ batch: 2 });
    const handle = connect({ kind: 'sqlite', file: file() });
    await liftRecordLocks(handle.db, 'sqlite', 'audit_log');
    await liftRecordLocks(handle.db, 'sqlite', 'audit_seals');
    await handle.db.deleteFrom('audit_log').where('batch', '=', 2).execute();
    await handle.db.deleteFrom('audit_seals').where('batch', '=', 2).execute();
    await handle.close();
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.output).toContain('(batch 2): head missing');
  });

  it('fails with the row named after a row is changed', async () => {
    const handle = connect({ kind: 'sqlite', file: file() });
    await handle.db.updateTable('audit_log').set({ ip: '10.9.9.9' }).where('seq', '=', 2).execute();
    await handle.close();
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.output).toContain('row 2 (batch 1): changed');
  });
});
