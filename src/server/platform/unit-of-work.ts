import type {
  CompiledQuery,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  Transaction,
  UnknownRow,
} from 'kysely';
import type { Dialect } from '../../db/column-types.js';
import { inlined, withCommit } from '../../db/deferred-writes.js';
import type { Database } from '../../db/schema.js';
import { CACHED_TABLES_TOPIC, CACHED_TABLES_WRITTEN } from './cached-reads.js';
import { busyError, isRetryable } from './database-errors.js';
import type { Deps } from './deps.js';
import type { NewJob } from './jobs/job-types.js';
import { insertJob } from './jobs/jobs.repository.js';
import { assertLivePayloadFits, type LiveEvent, type LiveMessage } from './live/live-bus.js';
import { storeLiveEvents } from './live/live-events.repository.js';
import { groupCommitterOf } from './sqlite-group-commit.js';

/**
 * Tables a use case may write without an audit row of its own: the audit trail itself and the
 * platform's bookkeeping (limits, the job queue, read-audit de-duplication, live events).
 */
const BOOKKEEPING_TABLES = new Set(['audit_log', 'audit_seals', 'audit_read_marks', 'throttle', 'jobs', 'live_events', 'live_topics']);

/** One use case's transaction: its database handle, and what happens after it commits. */
export interface Tx {
  db: Transaction<Database>;
  dialect: Dialect;
  /** Runs after commit, in order; a failure is logged and never turns the committed write into an error. */
  afterCommit(fn: () => unknown | Promise<unknown>): void;
  /**
   * Stored in `live_events` in this transaction and announced on the live bus after commit: a rolled-back
   * change is never announced, and a stream that missed the announcement still finds the event.
   */
  publish(topic: string, message: LiveMessage): void;
  /** Set by the audit append; a transaction that wrote client or practice data without one is refused. */
  markAudited(): void;
  /**
   * Runs at once if this attempt does not commit (refused, rolled back, or lost a race and about to be
   * tried again): for memory kept beside the database that must not outlive a change that never landed.
   */
  onRollback(fn: () => void): void;
  /**
   * A read kept in memory for a moment (decision 0038), by kind and key: answered from memory when fresh,
   * else read through `load` (in this transaction). A transaction that has itself written one of the
   * kind's tables always reads afresh, and never keeps what it read.
   */
  readCached<V>(kind: string, tables: string[], key: string, load: () => Promise<V | undefined>): Promise<V | undefined>;
  /** Adds a background job in this transaction, so it exists exactly when the write committed. */
  enqueue(job: NewJob): Promise<string>;
  /**
   * A write whose answer nobody needs (the audit row): on PostgreSQL it is sent with the COMMIT, one round
   * trip for both (deferred-writes.ts); on SQLite it runs now. Either way it commits with the rest or not at all.
   */
  withCommit(query: { compile(): CompiledQuery; execute(): Promise<unknown> }): Promise<void>;
}

export class UnauditedWriteError extends Error {
  constructor(tables: string[]) {
    super(`A use case wrote to ${tables.join(', ')} without an audit row; the transaction was rolled back.`);
  }
}

/** Watches the statements of one transaction and remembers which tables it wrote to. */
class WriteWatcher implements KyselyPlugin {
  readonly tables = new Set<string>();
  constructor(private readonly onWrite: (table: string) => void = () => {}) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    const table = writtenTable(node);
    if (table && !BOOKKEEPING_TABLES.has(table)) {
      this.tables.add(table);
      this.onWrite(table);
    }
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

function tableName(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (node.kind === 'TableNode') return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  if (node.kind === 'AliasNode') return tableName((node as unknown as { node: OperationNode }).node);
  return null;
}

function writtenTable(node: RootOperationNode): string | null {
  switch (node.kind) {
    case 'InsertQueryNode':
      return tableName(node.into);
    case 'UpdateQueryNode':
      return tableName(node.table);
    case 'DeleteQueryNode':
      return tableName(node.from.froms[0]);
    default:
      return null;
  }
}

/** Tries of one transaction that lost a race (serialization failure, deadlock, SQLite busy) before giving up. */
export const TRANSACTION_ATTEMPTS = 4;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One use case, one transaction: all of it lands, audit row included, or none of it does. Events and
 * after-commit work run only once the commit has succeeded. A transaction that lost a race with another
 * is run again from the start a few times; the work must therefore do nothing outside `tx` before commit.
 */
export async function inTransaction<T>(deps: Deps, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptTransaction(deps, work);
    } catch (err) {
      if (!isRetryable(err)) throw err;
      if (attempt >= TRANSACTION_ATTEMPTS) {
        deps.log.warn({ err, attempts: attempt }, 'transaction kept losing races; refused with 503');
        throw busyError();
      }
      await pause(10 * 2 ** attempt + Math.random() * 20);
    }
  }
}

interface Worked<T> {
  value: T;
  announced: LiveEvent[];
  afterCommit: (() => unknown)[];
  enqueued: boolean;
  /** Tables this transaction wrote that some cached read depends on. */
  cachedTables: string[];
}

/** The use case's work inside an open transaction, and what it leaves for after the commit. */
async function workIn<T>(
  deps: Deps,
  trx: Transaction<Database>,
  work: (tx: Tx) => Promise<T>,
  onRollback: (() => void)[],
): Promise<Worked<T>> {
  const afterCommit: (() => unknown)[] = [];
  const events: [string, LiveMessage][] = [];
  // A write to a cached table drops the kept copies at once (a read in flight is then not kept), and again
  // when this attempt ends either way: between the two, another use case on the same SQLite connection
  // could have read this uncommitted change (decision 0038).
  const reads = deps.cachedReads;
  const watcher = new WriteWatcher(reads ? (table) => reads.tablesWritten([table]) : undefined);
  if (reads) onRollback.push(() => reads.tablesWritten(reads.watched(watcher.tables)));
  let audited = false;
  let enqueued = false;
  const tx: Tx = {
    db: trx.withPlugin(watcher),
    dialect: deps.dialect,
    afterCommit: (fn) => afterCommit.push(fn),
    publish: (topic, message) => {
      assertLivePayloadFits(topic, message);
      events.push([topic, message]);
    },
    markAudited: () => {
      audited = true;
    },
    onRollback: (fn) => onRollback.push(fn),
    readCached: (kind, tables, key, load) => {
      if (!reads || reads.ttlMs <= 0 || tables.some((table) => watcher.tables.has(table))) return load();
      return reads.kindNamed<never>(kind, tables).through(key, load as () => Promise<never>);
    },
    withCommit: async (query) => {
      if (deps.dialect === 'postgres') await trx.executeQuery(withCommit(inlined(query.compile())));
      else await query.execute();
    },
    enqueue: async (job) => {
      enqueued = true;
      return insertJob(trx, deps.clock(), job);
    },
  };
  const value = await work(tx);
  if (watcher.tables.size > 0 && !audited) throw new UnauditedWriteError([...watcher.tables]);
  // Other servers drop their copies when this commit's announcement reaches them (decision 0038).
  const cachedTables = deps.cachedReads?.watched(watcher.tables) ?? [];
  if (cachedTables.length > 0)
    events.push([CACHED_TABLES_TOPIC, { type: CACHED_TABLES_WRITTEN, data: { tables: cachedTables.join(',') } }]);
  const commitChannel = deps.dialect === 'postgres' ? (deps.live.commitChannel ?? null) : null;
  const announced = await storeLiveEvents(trx, events, deps.clock().toISOString(), commitChannel);
  return { value, announced, afterCommit, enqueued, cachedTables };
}

async function attemptTransaction<T>(deps: Deps, work: (tx: Tx) => Promise<T>): Promise<T> {
  // SQLite: use cases waiting together share one commit, each in its own savepoint (decision 0035).
  const onRollback: (() => void)[] = [];
  let worked: Worked<T>;
  try {
    worked =
      deps.dialect === 'sqlite'
        ? await groupCommitterOf(deps.db).run((trx) => workIn(deps, trx, work, onRollback))
        : await deps.db.transaction().execute((trx) => workIn(deps, trx, work, onRollback));
  } catch (err) {
    for (const fn of onRollback) {
      try {
        fn();
      } catch (hookErr) {
        deps.log.error({ err: hookErr }, 'rollback work failed');
      }
    }
    throw err;
  }
  // Before anyone is answered, so the next request on this server already reads the change.
  if (worked.cachedTables.length > 0) deps.cachedReads?.tablesWritten(worked.cachedTables);
  // The job is committed; waking the runner now saves waiting for its next poll.
  if (worked.enqueued) deps.jobs?.wake();
  await runAfterCommit(deps, worked.announced, worked.afterCommit);
  return worked.value;
}

async function runAfterCommit(deps: Deps, announced: LiveEvent[], afterCommit: (() => unknown)[]) {
  for (const event of announced) {
    try {
      await deps.live.publish(event);
    } catch (err) {
      // Stored all the same: streams find it at their next catch-up.
      deps.log.error({ err, topic: event.topic, type: event.type }, 'live publish failed after commit');
    }
  }
  for (const fn of afterCommit) {
    try {
      await fn();
    } catch (err) {
      deps.log.error({ err }, 'after-commit work failed; the committed change stands');
    }
  }
}

/** The function form of `tx.enqueue`, for code that reads better that way. */
export function enqueueJob(tx: Tx, job: NewJob): Promise<string> {
  return tx.enqueue(job);
}
