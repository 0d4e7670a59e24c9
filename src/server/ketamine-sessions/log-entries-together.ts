import type { TimelineState } from '../../domain/session/timeline-state.js';
import type { RequestContext } from '../platform/context.js';
import { uniqueViolationKey } from '../platform/database-errors.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { AppError } from '../platform/errors.js';
import {
  type Applied,
  afterApplying,
  applyEntries,
  auditBatch,
  type Batch,
  type BatchResult,
  logAlone,
  mayLogOn,
} from './apply-entries.js';
import { type LockedSessionRow, lockSessionRows } from './ketamine-sessions.repository.js';
import { timelineOf } from './timeline-cache.js';

/**
 * PostgreSQL: batches that change no projection and arrive in the same turn of the event loop — from any
 * sessions, any people — are applied in one transaction with one COMMIT, as SQLite's group commit does
 * (decision 0035; here decision 0040). Each keeps its own authorization, its own audit row, its own answer
 * and its own refusal; a batch alone takes the usual path. Batches for one session apply in the order they
 * arrived, each on the timeline the one before it left. The session locks are taken in one statement, in
 * id order. Nobody is answered before the COMMIT returns.
 */
const MAX_TOGETHER = 32;

interface Waiting {
  ctx: RequestContext;
  input: Batch;
  resolve(result: BatchResult): void;
  reject(err: unknown): void;
}

type Outcome = { value: BatchResult } | { refusal: AppError };

const gathering = new WeakMap<Deps, Waiting[]>();

export function logTogether(deps: Deps, ctx: RequestContext, input: Batch): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    let waiting = gathering.get(deps);
    if (!waiting) {
      const gathered: Waiting[] = [];
      waiting = gathered;
      gathering.set(deps, gathered);
      setImmediate(() => {
        gathering.delete(deps);
        for (let i = 0; i < gathered.length; i += MAX_TOGETHER) void applyGroup(deps, gathered.slice(i, i + MAX_TOGETHER));
      });
    }
    waiting.push({ ctx, input, resolve, reject });
  });
}

async function applyGroup(deps: Deps, group: Waiting[]): Promise<void> {
  const alone = () => {
    for (const w of group) logAlone(deps, w.ctx, w.input).then(w.resolve, w.reject);
  };
  if (group.length === 1) return alone();
  let outcomes: Outcome[];
  try {
    outcomes = await inTransaction(deps, (tx) => applyTogether(deps, tx, group));
  } catch (err) {
    // An entry id another session holds failed the COMMIT, and nothing of the group landed: each batch
    // again on its own, so that entry is named a conflict and every other applies.
    if (uniqueViolationKey(err) === 'session_entries.id') return alone();
    for (const w of group) w.reject(err);
    return;
  }
  group.forEach((w, i) => {
    const outcome = outcomes[i]!;
    if ('refusal' in outcome) w.reject(outcome.refusal);
    else w.resolve(outcome.value);
  });
}

interface Held {
  record: LockedSessionRow;
  state: TimelineState;
  applied: Applied[];
  now: string;
}

async function applyTogether(deps: Deps, tx: Tx, group: Waiting[]): Promise<Outcome[]> {
  const ids = [...new Set(group.map((w) => w.input.sessionId))].sort();
  const records = new Map((await lockSessionRows(tx.db, ids)).map((row) => [row.id, row]));
  const sessions = new Map<string, Held>();
  const outcomes: Outcome[] = [];
  for (const { ctx, input } of group) {
    let access: Awaited<ReturnType<typeof mayLogOn>>;
    try {
      access = await mayLogOn(tx, ctx, records.get(input.sessionId));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      outcomes.push({ refusal: err });
      continue;
    }
    const record = access.found;
    const now = ctx.now.toISOString();
    const held = sessions.get(record.id) ?? { record, state: await timelineOf(deps, tx.db, record), applied: [], now };
    sessions.set(record.id, held);
    const { state, results, applied } = await applyEntries(tx, 'with_commit', held.state, input.entries, {
      sessionId: record.id,
      authorId: access.actor.userId,
      careRoles: access.careRoles,
      now,
    });
    held.state = state;
    held.applied.push(...applied);
    held.now = now;
    await auditBatch(tx, ctx, record, results, applied);
    outcomes.push({ value: { results } });
  }
  for (const held of sessions.values())
    if (held.applied.length > 0)
      await afterApplying(deps, tx, { record: held.record, state: held.state, applied: held.applied, now: held.now });
  return outcomes;
}
