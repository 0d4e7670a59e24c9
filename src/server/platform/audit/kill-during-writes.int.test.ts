import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect.js';
import { verifyAuditChain } from '../../audit/verify-audit-chain.js';
import { readHeadFile } from './audit-head-file.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const serverScript = path.join(root, 'src/cli/serve-for-browser-tests.ts');

/** The real server in its own process, as `npm start` runs it, on SQLite in `dataDir`. */
function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Browser-test server ready')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('kill -9 in the middle of a burst of audited writes (sqlite)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-kill-'));
  const port = 40_000 + (process.pid % 20_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves every acknowledged write with its audit row, and a trail that verifies once sealed', { timeout: 60_000 }, async () => {
    const first = await startServer(dataDir, port);
    const acknowledged: string[] = [];
    let killed = false;
    const submit = async (i: number) => {
      const name = `Burst ${i}`;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/enquiries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name, email: `burst${i}@example.org`, preferredContact: 'email', consent: true }),
        });
        if (response.status === 201) acknowledged.push(name);
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          first.kill('SIGKILL');
        }
      } catch {
        // The connection died with the server: this write was never acknowledged.
      }
    };
    // Eight writers at a time, until the server is gone.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (!killed && next < 400) await submit(next++);
      }),
    );
    await exited(first);
    expect(first.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await startServer(dataDir, port);
    const handle = connect({ kind: 'sqlite', file: path.join(dataDir, 'holdspace.sqlite') });
    try {
      // The restarted server's sealer picks up what the killed one left unsealed, within about a second.
      const deadline = Date.now() + 5_000;
      for (;;) {
        const unsealed = await handle.db
          .selectFrom('audit_log')
          .select(sql<number>`count(*)`.as('n'))
          .where('batch', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(unsealed.n) === 0) break;
        if (Date.now() > deadline) throw new Error(`${unsealed.n} audit rows still unsealed after restart`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const stored = await handle.db
        .selectFrom('enquiries')
        .leftJoin('audit_log', (join) =>
          join.onRef('audit_log.record_id', '=', 'enquiries.id').on('audit_log.action', '=', 'enquiry.create'),
        )
        .select(['enquiries.name', 'audit_log.seq'])
        .execute();
      const audited = new Set(stored.filter((row) => row.seq !== null).map((row) => row.name));
      // Every write the client saw acknowledged is there with its audit row; and no write is there without one.
      for (const name of acknowledged) expect(audited.has(name), name).toBe(true);
      expect(stored.every((row) => row.seq !== null)).toBe(true);
      const kept = readHeadFile(path.join(dataDir, 'audit-head.json'));
      expect(kept).not.toBeNull();
      const report = await verifyAuditChain(handle.db, { keptHeads: [{ batch: kept!.batch, hash: kept!.hash, source: 'head file' }] });
      expect(report.problems).toEqual([]);
      expect(report.checked).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      await handle.close();
      second.kill('SIGTERM');
      await exited(second);
    }
  });
});
