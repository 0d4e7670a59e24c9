import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Dialect } from '../../../db/column-types.js';
import { toJsonColumn } from '../../../db/json-column.js';
import type { Database, JobsTable } from '../../../db/schema.js';
import { DEFAULT_BACKOFF_MS, DEFAULT_MAX_ATTEMPTS, type NewJob } from './job-types.js';

export type JobRow = JobsTable;

export async function insertJob(db: Kysely<Database> | Transaction<Database>, now: Date, job: NewJob): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('jobs')
    .values({
      id,
      kind: job.kind,
      payload: toJsonColumn(job.payload),
      run_at: (job.runAt ?? now).toISOString(),
      attempts: 0,
      max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      backoff_ms: job.backoffMs ?? DEFAULT_BACKOFF_MS,
      last_error: null,
      claimed_by: null,
      claimed_until: null,
      done_at: null,
      failed_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Claims up to `limit` due jobs for this runner in one statement, counting the attempt as it claims, so
 * a server that dies mid-job has used that attempt. On PostgreSQL the rows are picked `FOR UPDATE SKIP
 * LOCKED`, so runners on several app servers never pick the same row; SQLite runs the one statement
 * alone, so the conditional update is enough there.
 */
export async function claimDueJobs(
  db: Kysely<Database> | Transaction<Database>,
  dialect: Dialect,
  claim: { runnerId: string; now: Date; claimMs: number; limit: number },
): Promise<JobRow[]> {
  const now = claim.now.toISOString();
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('run_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .where((eb) => eb('attempts', '<', eb.ref('max_attempts')))
    .orderBy('run_at')
    .limit(claim.limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({
      claimed_by: claim.runnerId,
      claimed_until: new Date(claim.now.getTime() + claim.claimMs).toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.run_at.localeCompare(b.run_at));
}

export async function markJobDone(db: Kysely<Database>, id: string, runnerId: string, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ done_at: now.toISOString(), claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .where('claimed_by', '=', runnerId)
    .execute();
}

export async function rescheduleJob(
  db: Kysely<Database>,
  id: string,
  runnerId: string,
  next: { runAt: Date; error: string },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ run_at: next.runAt.toISOString(), last_error: next.error, claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .where('claimed_by', '=', runnerId)
    .execute();
}

export async function markJobFailed(db: Kysely<Database>, id: string, now: Date, error: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ failed_at: now.toISOString(), last_error: error, claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .execute();
}

/** Jobs whose last attempt was claimed by a server that never came back: nothing will run them again. */
export async function abandonedLastAttempts(db: Kysely<Database>, now: Date): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('claimed_until', '<', now.toISOString())
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .limit(50)
    .execute();
}
