import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../testing/recording-logger.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { TEST_DIALECTS } from '../../../testing/test-database.js';
import { inTransaction } from '../unit-of-work.js';
import { createJobRunner, type JobHandler } from './job-runner.js';
import type { NewJob } from './job-types.js';
import { claimDueJobs } from './jobs.repository.js';

describe.each(TEST_DIALECTS)('job runner (%s)', (dialect) => {
  let t: TestApp;
  let log: ReturnType<typeof recordingLogger>;
  beforeEach(async () => {
    log = recordingLogger();
    t = await createTestApp(dialect, { log });
  });
  afterEach(async () => t.close());

  const enqueue = (...jobs: NewJob[]) =>
    inTransaction(t.deps, async (tx) => {
      const ids: string[] = [];
      for (const job of jobs) ids.push(await tx.enqueue(job));
      return ids;
    });
  const jobRow = (id: string) => t.deps.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const errorsLogged = (prefix: string) => log.lines.filter((l) => l.level === 'error' && l.msg?.startsWith(prefix));

  /** A handler that fails its first `failures` runs, and remembers every run. */
  function flaky(failures: number) {
    const runs: string[] = [];
    const givenUp: string[] = [];
    const handler: JobHandler = {
      async run(payload) {
        runs.push(String(payload.n));
        if (runs.length <= failures) throw new Error(`refused (run ${runs.length})`);
      },
      async giveUp(payload, error) {
        givenUp.push(`${payload.n}: ${error}`);
      },
    };
    return { runs, givenUp, handler };
  }

  it('runs a job enqueued in a committed transaction, and never one whose transaction rolled back', async () => {
    const { runs, handler } = flaky(0);
    const runner = createJobRunner(t.deps, { handlers: { test: handler } });
    const [id] = await enqueue({ kind: 'test', payload: { n: 1 } });
    await expect(
      inTransaction(t.deps, async (tx) => {
        await tx.enqueue({ kind: 'test', payload: { n: 2 } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await runner.drain()).toBe(1);
    expect(runs).toEqual(['1']);
    expect(await jobRow(id!)).toMatchObject({ attempts: 1, done_at: t.deps.clock().toISOString(), claimed_by: null, last_error: null });
  });

  it('waits until a job is due', async () => {
    const { runs, handler } = flaky(0);
    const runner = createJobRunner(t.deps, { handlers: { test: handler } });
    await enqueue({ kind: 'test', payload: { n: 1 }, runAt: new Date(t.deps.clock().getTime() + 60_000) });
    expect(await runner.drain()).toBe(0);
    t.advance(60_000);
    expect(await runner.drain()).toBe(1);
    expect(runs).toEqual(['1']);
  });

  it('records the error and tries again after a doubling wait, logging each failure', async () => {
    const { runs, handler } = flaky(2);
    const runner = createJobRunner(t.deps, { handlers: { test: handler } });
    const [id] = await enqueue({ kind: 'test', payload: { n: 7 }, backoffMs: 1_000, maxAttempts: 5 });
    const start = t.deps.clock().getTime();

    await runner.drain();
    let row = await jobRow(id!);
    expect(row).toMatchObject({ attempts: 1, last_error: 'refused (run 1)', done_at: null, claimed_by: null });
    expect(Date.parse(row.run_at) - start).toBe(1_000);

    t.advance(1_000);
    await runner.drain();
    row = await jobRow(id!);
    expect(row).toMatchObject({ attempts: 2, last_error: 'refused (run 2)' });
    expect(Date.parse(row.run_at) - start).toBe(1_000 + 2_000);

    t.advance(2_000);
    await runner.drain();
    expect(await jobRow(id!)).toMatchObject({ attempts: 3, done_at: expect.any(String) });
    expect(runs).toEqual(['7', '7', '7']);
    expect(errorsLogged('job failed; will retry')).toHaveLength(2);
    expect(errorsLogged('job failed; will retry')[0]?.obj).toMatchObject({ jobId: id, kind: 'test', attempt: 1, of: 5 });
  });

  it('gives up after the last attempt, keeps the job marked failed and calls the give-up step once', async () => {
    const { runs, givenUp, handler } = flaky(99);
    const runner = createJobRunner(t.deps, { handlers: { test: handler } });
    const [id] = await enqueue({ kind: 'test', payload: { n: 3 }, backoffMs: 10, maxAttempts: 3 });
    for (let i = 0; i < 6; i++) {
      await runner.drain();
      t.advance(60_000);
    }
    expect(runs).toHaveLength(3);
    expect(givenUp).toEqual(['3: refused (run 3)']);
    expect(await jobRow(id!)).toMatchObject({ attempts: 3, failed_at: expect.any(String), done_at: null, last_error: 'refused (run 3)' });
    expect(errorsLogged('job failed for the last time')).toHaveLength(1);
  });

  it('logs a job of an unknown kind as a failure instead of dropping it', async () => {
    const runner = createJobRunner(t.deps, { handlers: {} });
    const [id] = await enqueue({ kind: 'nobody.handles', payload: {}, maxAttempts: 1 });
    await runner.drain();
    expect(await jobRow(id!)).toMatchObject({ failed_at: expect.any(String), last_error: 'no handler for job kind nobody.handles' });
    expect(errorsLogged('job failed')).toHaveLength(1);
  });

  it('runs again a job whose claim expired because its server stopped', async () => {
    const { runs, handler } = flaky(0);
    const [id] = await enqueue({ kind: 'test', payload: { n: 5 } });
    // A server claims the job and dies before running it.
    const claimed = await claimDueJobs(t.deps.db, t.deps.dialect, { runnerId: 'crashed', now: t.deps.clock(), claimMs: 60_000, limit: 10 });
    expect(claimed.map((j) => j.id)).toEqual([id]);
    const survivor = createJobRunner(t.deps, { handlers: { test: handler }, runnerId: 'survivor', claimMs: 60_000 });
    expect(await survivor.drain()).toBe(0);
    t.advance(60_001);
    expect(await survivor.drain()).toBe(1);
    expect(runs).toEqual(['5']);
    expect(await jobRow(id!)).toMatchObject({ attempts: 2, done_at: expect.any(String) });
  });

  it('gives up a job whose last attempt was claimed by a server that never came back', async () => {
    const { runs, givenUp, handler } = flaky(0);
    const [id] = await enqueue({ kind: 'test', payload: { n: 6 }, maxAttempts: 1 });
    await claimDueJobs(t.deps.db, t.deps.dialect, { runnerId: 'crashed', now: t.deps.clock(), claimMs: 1_000, limit: 10 });
    const survivor = createJobRunner(t.deps, { handlers: { test: handler } });
    t.advance(1_001);
    await survivor.drain();
    expect(runs).toEqual([]);
    expect(givenUp).toHaveLength(1);
    expect(await jobRow(id!)).toMatchObject({ failed_at: expect.any(String) });
    expect(errorsLogged('job abandoned')).toHaveLength(1);
  });

  it('runs a recurring task when due by the clock, and logs its failures', async () => {
    const runner = createJobRunner(t.deps, { handlers: {} });
    let ticks = 0;
    runner.every('count', 60_000, async () => {
      ticks++;
      if (ticks === 2) throw new Error('sweep failed');
    });
    await runner.runOnce();
    await runner.runOnce();
    expect(ticks).toBe(1);
    t.advance(60_000);
    await runner.runOnce();
    expect(ticks).toBe(2);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ task: 'count' }) }));
    t.advance(60_000);
    await runner.runOnce();
    expect(ticks).toBe(3);
  });

  it('is woken by a commit that enqueued a job, without waiting for its poll', async () => {
    const { runs, handler } = flaky(0);
    const runner = createJobRunner(t.deps, { handlers: { test: handler }, pollMs: 60_000 });
    t.deps.jobs = runner;
    runner.start();
    try {
      await runner.drain();
      await enqueue({ kind: 'test', payload: { n: 9 } });
      for (let i = 0; i < 100 && runs.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(runs).toEqual(['9']);
    } finally {
      await runner.stop();
    }
  });

  it.runIf(dialect === 'postgres')('lets a second server claim other jobs while the first still holds its claim open', async () => {
    const other = t.database.connectAgain();
    try {
      await enqueue(...Array.from({ length: 10 }, (_, n) => ({ kind: 'count', payload: { n } })));
      const claim = { now: t.deps.clock(), claimMs: 60_000, limit: 5 };
      await t.deps.db.transaction().execute(async (trx) => {
        // The first server's claim is not committed yet; its rows stay locked until it is.
        const first = await claimDueJobs(trx, 'postgres', { ...claim, runnerId: 'a' });
        // Without SKIP LOCKED this would wait for the first claim, which waits for it: the test would hang.
        const second = await claimDueJobs(other.db, 'postgres', { ...claim, runnerId: 'b' });
        expect(first).toHaveLength(5);
        expect(second).toHaveLength(5);
        expect(first.filter((j) => second.some((s) => s.id === j.id))).toEqual([]);
      });
    } finally {
      await other.close();
    }
  });

  it('runs each of 200 jobs exactly once with two runners on their own connections', async () => {
    const other = t.database.connectAgain();
    try {
      const counts = new Map<string, number>();
      const seenBy = new Map<string, string>();
      const handlerFor = (runnerId: string): JobHandler => ({
        async run(_payload, job) {
          counts.set(job.id, (counts.get(job.id) ?? 0) + 1);
          seenBy.set(job.id, runnerId);
          await new Promise((r) => setImmediate(r));
        },
      });
      const jobs = Array.from({ length: 200 }, (_, n) => ({ kind: 'count', payload: { n } }));
      const ids = await enqueue(...jobs);
      const a = createJobRunner(t.deps, { handlers: { count: handlerFor('a') }, runnerId: 'a', batchSize: 7 });
      const b = createJobRunner({ ...t.deps, db: other.db }, { handlers: { count: handlerFor('b') }, runnerId: 'b', batchSize: 7 });
      const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
      expect(ranA + ranB).toBe(200);
      expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
      // Both runners took part, so the test really raced them.
      expect(new Set(seenBy.values())).toEqual(new Set(['a', 'b']));
      const open = await t.deps.db.selectFrom('jobs').select('id').where('done_at', 'is', null).execute();
      expect(open).toEqual([]);
      expect(errorsLogged('job')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
