import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { appendAudit } from './audit/append-audit.js';
import type { RequestContext } from './context.js';
import { groupCommitterOf } from './sqlite-group-commit.js';
import { inTransaction, type Tx, UnauditedWriteError } from './unit-of-work.js';

/** Group commit exists only on SQLite (decision 0035); PostgreSQL commits each use case on its own connection. */
describe('group commit (sqlite)', () => {
  let t: TestApp;
  const ctx = (): RequestContext => ({ actor: null, ip: '127.0.0.1', now: t.deps.clock() });
  beforeEach(async () => {
    t = await createTestApp('sqlite');
  });
  afterEach(async () => t.close());

  const audited = async (tx: Tx, key: string) => {
    await tx.db.insertInto('throttle').values({ key, window_started_at: t.deps.clock().toISOString(), count: 1 }).execute();
    await tx.db.updateTable('practice_settings').set({ practice_name: key }).execute();
    await appendAudit(tx, ctx(), { action: 'test.change', detail: { key } });
    return key;
  };
  const keys = async () => (await t.deps.db.selectFrom('throttle').select('key').orderBy('key').execute()).map((r) => r.key);
  const auditKeys = async () =>
    (await t.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'test.change').execute()).map(
      (r) => (JSON.parse(String(r.detail)) as { key: string }).key,
    );

  it('carries use cases that wait together in one commit, each answered after it', async () => {
    const stats = groupCommitterOf(t.deps.db).stats;
    const before = { ...stats };
    const names = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    const results = await Promise.all(names.map((k) => inTransaction(t.deps, (tx) => audited(tx, k))));
    expect(results).toEqual(names);
    expect(await keys()).toEqual(names);
    expect((await auditKeys()).sort()).toEqual(names);
    // 30 use cases, far fewer commits: that is the point.
    expect(stats.committed - before.committed).toBe(30);
    expect(stats.commits - before.commits).toBeLessThan(10);
  });

  it('rolls back only the use case that failed; the others in its group commit', async () => {
    const outcomes = await Promise.allSettled([
      inTransaction(t.deps, (tx) => audited(tx, 'a')),
      inTransaction(t.deps, async (tx) => {
        await tx.db.insertInto('throttle').values({ key: 'b', window_started_at: t.deps.clock().toISOString(), count: 1 }).execute();
        await tx.db.updateTable('practice_settings').set({ practice_name: 'unaudited' }).execute();
      }),
      inTransaction(t.deps, async (tx) => {
        await audited(tx, 'c');
        throw new Error('changed its mind');
      }),
      inTransaction(t.deps, (tx) => audited(tx, 'd')),
      // A unique violation inside a group: that use case alone is refused.
      inTransaction(t.deps, (tx) => audited(tx, 'a')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(UnauditedWriteError);
    expect(await keys()).toEqual(['a', 'd']);
    expect((await auditKeys()).sort()).toEqual(['a', 'd']);
  });

  it('runs after-commit work only once the shared commit is on disk', async () => {
    const seen: string[] = [];
    await Promise.all(
      ['x', 'y'].map((k) =>
        inTransaction(t.deps, async (tx) => {
          tx.afterCommit(async () => seen.push(`${k}:${(await keys()).length}`));
          return audited(tx, k);
        }),
      ),
    );
    expect(seen.sort()).toEqual(['x:2', 'y:2']);
  });
});
