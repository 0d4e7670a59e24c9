import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { appendAudit } from '../server/platform/audit/append-audit.js';
import { liftRecordLocks } from '../testing/tamper.js';

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, 'verify-audit.ts');

describe('npm run audit:verify', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-verify-'));
    const handle = connect({ kind: 'sqlite', file: path.join(dir, 'holdspace.sqlite') });
    await migrateToLatest(handle.db, handle.dialect);
    for (let i = 0; i < 3; i++) {
      await handle.db
        .transaction()
        .execute((trx) =>
          appendAudit(
            { db: trx, dialect: 'sqlite', afterCommit() {}, publish() {}, markAudited() {}, enqueue: async () => '' },
            { actor: null, ip: '127.0.0.1', now: new Date() },
            { action: 'test.event' },
          ),
        );
    }
    await handle.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function verify() {
    try {
      const { stdout } = await run('npx', ['tsx', script], { env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' } });
      return { code: 0, output: stdout };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, output: e.stderr };
    }
  }

  it('says intact and exits 0 for an untouched chain', async () => {
    expect(await verify()).toEqual({ code: 0, output: 'Audit trail intact: 3 rows checked.\n' });
  });

  it('fails with the row named after a row is changed', async () => {
    const handle = connect({ kind: 'sqlite', file: path.join(dir, 'holdspace.sqlite') });
    await liftRecordLocks(handle.db, 'sqlite', 'audit_log');
    await handle.db.updateTable('audit_log').set({ ip: '10.9.9.9' }).where('seq', '=', 2).execute();
    await handle.close();
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.output).toContain('row 2: changed');
  });
});
