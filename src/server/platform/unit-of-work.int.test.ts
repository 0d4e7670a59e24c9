import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../testing/recording-logger.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { appendAudit } from './audit/append-audit.js';
import type { RequestContext } from './context.js';
import { BUSY_MESSAGE } from './database-errors.js';
import { AppError } from './errors.js';
import { inTransaction, TRANSACTION_ATTEMPTS, UnauditedWriteError } from './unit-of-work.js';

describe.each(TEST_DIALECTS)('unit of work (%s)', (dialect) => {
  let t: TestApp;
  let log: ReturnType<typeof recordingLogger>;
  const ctx = (): RequestContext => ({ actor: null, ip: '127.0.0.1', now: t.deps.clock() });

  beforeEach(async () => {
    log = recordingLogger();
    t = await createTestApp(dialect, { log });
  });
  afterEach(async () => t.close());

  const throttleRows = () => t.deps.db.selectFrom('throttle').selectAll().execute();
  const auditCount = async () => (await t.deps.db.selectFrom('audit_log').select('seq').execute()).length;
  const writeThrottle = (tx: Parameters<Parameters<typeof inTransaction>[1]>[0], key: string) =>
    tx.db.insertInto('throttle').values({ key, window_started_at: t.deps.clock().toISOString(), count: 1 }).execute();

  it('rolls back a write to practice data that has no audit row, bookkeeping included', async () => {
    const write = inTransaction(t.deps, async (tx) => {
      await writeThrottle(tx, 'k1');
      await tx.db.updateTable('practice_settings').set({ practice_name: 'Changed quietly' }).execute();
    });
    await expect(write).rejects.toBeInstanceOf(UnauditedWriteError);
    await expect(write).rejects.toThrow(/practice_settings/);
    expect(await throttleRows()).toEqual([]);
  });

  it('commits the same write with its audit row, and bookkeeping alone needs none', async () => {
    await inTransaction(t.deps, async (tx) => {
      await tx.db.updateTable('practice_settings').set({ practice_name: 'Changed openly' }).execute();
      await appendAudit(tx, ctx(), { action: 'test.change' });
    });
    await inTransaction(t.deps, (tx) => writeThrottle(tx, 'k2'));
    expect(await auditCount()).toBe(1);
    expect((await throttleRows()).map((r) => r.key)).toEqual(['k2']);
  });

  it('runs after-commit work and live events only once the commit has happened', async () => {
    const seen: string[] = [];
    t.deps.live.subscribe('clinic', (event) => seen.push(`event:${event.type}`));
    await inTransaction(t.deps, async (tx) => {
      tx.publish('clinic', { type: 'thing.changed', data: { id: 'x' } });
      tx.afterCommit(async () => {
        // The committed row is visible from outside the transaction by now.
        seen.push(`after:${(await throttleRows()).length}`);
      });
      await writeThrottle(tx, 'k3');
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(['event:thing.changed', 'after:1']);
  });

  it('never runs after-commit work or events of a transaction that rolled back', async () => {
    const seen: string[] = [];
    t.deps.live.subscribe('clinic', () => seen.push('event'));
    const failing = inTransaction(t.deps, async (tx) => {
      tx.publish('clinic', { type: 'thing.changed', data: {} });
      tx.afterCommit(() => seen.push('after'));
      await writeThrottle(tx, 'k4');
      throw new Error('the use case changed its mind');
    });
    await expect(failing).rejects.toThrow('changed its mind');
    const unaudited = inTransaction(t.deps, async (tx) => {
      tx.afterCommit(() => seen.push('after'));
      await tx.db.updateTable('practice_settings').set({ practice_name: 'x' }).execute();
    });
    await expect(unaudited).rejects.toBeInstanceOf(UnauditedWriteError);
    expect(seen).toEqual([]);
  });

  it('runs rollback work for every attempt that did not commit, and none for one that did', async () => {
    const seen: string[] = [];
    await inTransaction(t.deps, async (tx) => {
      tx.onRollback(() => seen.push('committed?'));
      await writeThrottle(tx, 'k5');
    });
    const failing = inTransaction(t.deps, async (tx) => {
      tx.onRollback(() => seen.push('rolled back'));
      await writeThrottle(tx, 'k6');
      throw new Error('no');
    });
    await expect(failing).rejects.toThrow('no');
    // Before the caller hears of it: nothing else can commit in between.
    expect(seen).toEqual(['rolled back']);
  });

  it('logs a failing after-commit step, runs the rest, and the committed write stands', async () => {
    const ran: string[] = [];
    const result = await inTransaction(t.deps, async (tx) => {
      tx.afterCommit(() => {
        throw new Error('mail server unreachable');
      });
      tx.afterCommit(() => ran.push('second'));
      await writeThrottle(tx, 'k5');
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(ran).toEqual(['second']);
    expect((await throttleRows()).map((r) => r.key)).toEqual(['k5']);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: expect.stringContaining('after-commit') }));
  });

  it('runs a transaction that lost a race again, from the start', async () => {
    let tries = 0;
    const result = await inTransaction(t.deps, async (tx) => {
      tries++;
      await writeThrottle(tx, `race-${tries}`);
      if (tries < 3)
        throw Object.assign(new Error('could not serialize access'), { code: dialect === 'postgres' ? '40001' : 'SQLITE_BUSY' });
      return tries;
    });
    expect(result).toBe(3);
    // Only the last try's write landed.
    expect((await throttleRows()).map((r) => r.key)).toEqual(['race-3']);
  });

  it.runIf(dialect === 'postgres')('survives a real deadlock: the database picks a loser, which runs again and lands', async () => {
    await inTransaction(t.deps, async (tx) => {
      await writeThrottle(tx, 'a');
      await writeThrottle(tx, 'b');
    });
    let arrived = 0;
    let release: () => void = () => {};
    const bothHoldOneRow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const crossing = (first: string, second: string) =>
      inTransaction(t.deps, async (tx) => {
        await tx.db.updateTable('throttle').set({ count: 2 }).where('key', '=', first).execute();
        // First time through, wait until the other transaction holds its row too, so each waits for the other.
        if (++arrived === 2) release();
        if (arrived <= 2) await bothHoldOneRow;
        await tx.db.updateTable('throttle').set({ count: 3 }).where('key', '=', second).execute();
        return `${first} then ${second}`;
      });
    const results = await Promise.all([crossing('a', 'b'), crossing('b', 'a')]);
    expect(results).toEqual(['a then b', 'b then a']);
    expect(arrived).toBe(3);
    expect(log.lines).toEqual([]);
  });

  it('gives up after a few lost races with a 503 that says to try again', async () => {
    let tries = 0;
    const failing = inTransaction(t.deps, async () => {
      tries++;
      throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    });
    await expect(failing).rejects.toMatchObject({ status: 503, code: 'busy', message: BUSY_MESSAGE });
    await expect(failing).rejects.toBeInstanceOf(AppError);
    expect(tries).toBe(TRANSACTION_ATTEMPTS);
    expect(log.lines.some((l) => l.level === 'warn')).toBe(true);
  });
});
