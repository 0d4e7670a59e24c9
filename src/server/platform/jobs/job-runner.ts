import { randomUUID } from 'node:crypto';
import { fromJsonColumn } from '../../../db/json-column.js';
import type { Deps } from '../deps.js';
import type { JobPayload, JobWaker } from './job-types.js';
import { abandonedLastAttempts, claimDueJobs, type JobRow, markJobDone, markJobFailed, rescheduleJob } from './jobs.repository.js';

/**
 * Runs one kind of job. Delivery is at least once (a server can die after the work and before marking it
 * done), so a handler must be safe to run twice: it reads the current state and skips what is done.
 */
export interface JobHandler {
  run(payload: JobPayload, job: JobRow): Promise<void>;
  /** Called once when the last attempt has failed, e.g. to mark the mail failed for the admin. */
  giveUp?(payload: JobPayload, error: string, job: JobRow): Promise<void>;
}

export interface JobRunnerOptions {
  handlers: Record<string, JobHandler>;
  /** Names this runner in `claimed_by`; one per app server process. */
  runnerId?: string;
  pollMs?: number;
  /** How long a claim holds; a claim not finished by then is taken as a crashed server's and run again. */
  claimMs?: number;
  batchSize?: number;
  /** The longest wait between tries, however many failures came before. */
  maxBackoffMs?: number;
}

export interface JobRunner extends JobWaker {
  readonly runnerId: string;
  /** A recurring task on this server. Every app server runs its own, so the task must be safe to run on several. */
  every(name: string, intervalMs: number, fn: () => Promise<unknown>): void;
  /** Claims and runs one batch of due jobs, then any recurring task that is due; answers how many jobs ran. */
  runOnce(): Promise<number>;
  /** Runs batches until nothing is due: for tests and for a clean stop. */
  drain(maxBatches?: number): Promise<number>;
  start(): void;
  /** Stops polling and waits for the batch in hand to finish. */
  stop(): Promise<void>;
}

interface Recurring {
  name: string;
  intervalMs: number;
  fn: () => Promise<unknown>;
  lastRunAt: number | null;
}

const MAX_ERROR_LENGTH = 500;

function describeError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.slice(0, MAX_ERROR_LENGTH) || 'unknown error';
}

/** The wait before try n+1 after n failures: the base, doubled each time, capped. */
export function backoffDelay(backoffMs: number, attempts: number, maxBackoffMs: number): number {
  return Math.min(backoffMs * 2 ** Math.max(0, attempts - 1), maxBackoffMs);
}

export function createJobRunner(deps: Deps, options: JobRunnerOptions): JobRunner {
  const runnerId = options.runnerId ?? `runner-${randomUUID()}`;
  const pollMs = options.pollMs ?? 400;
  const claimMs = options.claimMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 10;
  const maxBackoffMs = options.maxBackoffMs ?? 6 * 3_600_000;
  const recurring: Recurring[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = true;

  async function runJob(job: JobRow): Promise<void> {
    const payload = fromJsonColumn<JobPayload>(job.payload);
    const handler = options.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler.run(payload, job);
      await markJobDone(deps.db, job.id, runnerId, deps.clock());
    } catch (err) {
      await recordFailure(job, payload, handler, err);
    }
  }

  async function recordFailure(job: JobRow, payload: JobPayload, handler: JobHandler | undefined, err: unknown) {
    const error = describeError(err);
    const now = deps.clock();
    const last = job.attempts >= job.max_attempts;
    deps.log.error(
      { err, jobId: job.id, kind: job.kind, attempt: job.attempts, of: job.max_attempts },
      last ? 'job failed for the last time; given up' : 'job failed; will retry',
    );
    if (!last) {
      const runAt = new Date(now.getTime() + backoffDelay(job.backoff_ms, job.attempts, maxBackoffMs));
      await rescheduleJob(deps.db, job.id, runnerId, { runAt, error });
      return;
    }
    await giveUp(job, payload, handler, error);
  }

  async function giveUp(job: JobRow, payload: JobPayload, handler: JobHandler | undefined, error: string) {
    await markJobFailed(deps.db, job.id, deps.clock(), error);
    try {
      await handler?.giveUp?.(payload, error, job);
    } catch (err) {
      deps.log.error({ err, jobId: job.id, kind: job.kind }, 'job give-up step failed');
    }
  }

  /** A server died holding the last attempt: no one will try again, so the job is given up here. */
  async function sweepAbandoned() {
    for (const job of await abandonedLastAttempts(deps.db, deps.clock())) {
      const error = job.last_error ?? 'the server running the last attempt stopped before it finished';
      deps.log.error({ jobId: job.id, kind: job.kind }, 'job abandoned on its last attempt; given up');
      await giveUp(job, fromJsonColumn<JobPayload>(job.payload), options.handlers[job.kind], error);
    }
  }

  async function runRecurring() {
    const now = deps.clock().getTime();
    for (const task of recurring) {
      if (task.lastRunAt !== null && now - task.lastRunAt < task.intervalMs) continue;
      task.lastRunAt = now;
      try {
        await task.fn();
      } catch (err) {
        deps.log.error({ err, task: task.name }, 'recurring task failed; it runs again at its next interval');
      }
    }
  }

  async function batch(): Promise<number> {
    await sweepAbandoned();
    const jobs = await claimDueJobs(deps.db, deps.dialect, { runnerId, now: deps.clock(), claimMs, limit: batchSize });
    for (const job of jobs) await runJob(job);
    await runRecurring();
    return jobs.length;
  }

  /** One batch at a time per runner; a wake during a batch runs another straight after. */
  function runOnce(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = batch()
      .catch((err) => {
        deps.log.error({ err }, 'job runner could not reach the database; it tries again at its next poll');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  function schedule(delay: number) {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref?.();
  }

  async function tick() {
    timer = null;
    again = false;
    const ran = await runOnce();
    // A full batch, or a wake that came in meanwhile, means more may be waiting now.
    schedule(ran >= batchSize || again ? 0 : pollMs);
  }

  return {
    runnerId,
    every(name, intervalMs, fn) {
      recurring.push({ name, intervalMs, fn, lastRunAt: null });
    },
    runOnce,
    async drain(maxBatches = 1_000) {
      let total = 0;
      for (let i = 0; i < maxBatches; i++) {
        if (running) await running;
        const ran = await runOnce();
        total += ran;
        if (ran === 0) return total;
      }
      return total;
    },
    wake() {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}
