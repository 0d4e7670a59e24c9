import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * Group commit for the embedded database (decision 0035). SQLite has one connection and, with
 * `synchronous = FULL`, every COMMIT waits for the disk; one use case per commit makes the disk the
 * whole practice's speed limit. Here the use cases that are waiting together share one transaction, each
 * inside its own savepoint, and one COMMIT: a use case that fails is rolled back to its savepoint and
 * alone is refused; the others are answered only once the shared COMMIT has reached the disk, so an
 * acknowledged write is as durable as before and nothing is acknowledged that did not commit.
 */

/** How many use cases one commit may carry: enough to spread a burst, few enough to keep latency low. */
export const MAX_GROUP = 64;
/** The group's transaction was lost to another use case's failure: this one is run again from the start. */
export class GroupLostError extends Error {
  readonly code = 'SQLITE_BUSY_GROUP_LOST';
  constructor(cause: unknown) {
    super('The shared transaction was lost to another use case; this one runs again.', { cause });
  }
}
const SAVEPOINT = 'use_case';

interface Pending {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

class GroupCommitter {
  readonly #db: Kysely<Database>;
  #queue: Pending[] = [];
  #running = false;
  /** Commits made, and use cases they carried: what the group-commit test reads. */
  readonly stats = { commits: 0, committed: 0 };

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Runs `work` in a savepoint of the current group's transaction; settles after the group's COMMIT. */
  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#running) {
        this.#running = true;
        // better-sqlite3 answers at once, so a request would otherwise run to its COMMIT before the next
        // request on another socket is even read; waiting for the check phase lets every request that
        // arrived in this turn of the event loop join the group.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) await this.#runGroup();
    } finally {
      this.#running = false;
    }
  }

  async #runGroup(): Promise<void> {
    let trx: ControlledTransaction<Database>;
    try {
      // Waits its turn for the one connection; use cases that queue meanwhile join this group.
      trx = await this.#db.startTransaction().execute();
    } catch (error) {
      for (const p of this.#queue.splice(0)) p.reject(error);
      return;
    }
    const done: [Pending, unknown][] = [];
    let lost: unknown = null;
    while (this.#queue.length > 0 && done.length < MAX_GROUP) {
      const pending = this.#queue.shift()!;
      const savepoint = await trx.savepoint(SAVEPOINT).execute();
      try {
        const value = await pending.work(savepoint);
        await savepoint.releaseSavepoint(SAVEPOINT).execute();
        done.push([pending, value]);
      } catch (error) {
        pending.reject(error);
        try {
          await savepoint.rollbackToSavepoint(SAVEPOINT).execute();
          await savepoint.releaseSavepoint(SAVEPOINT).execute();
        } catch (rollbackError) {
          // The failure took the whole transaction with it (SQLite does for a few errors): the others'
          // work went too; each is refused as busy, which its unit of work retries from the start.
          lost = rollbackError;
          break;
        }
      }
    }
    if (lost) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      for (const [p] of done) p.reject(new GroupLostError(lost));
      return;
    }
    try {
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      // Every use case of the group is refused with the reason; a busy database is retried by the caller.
      for (const [p] of done) p.reject(error);
      return;
    }
    this.stats.commits++;
    this.stats.committed += done.length;
    for (const [p, value] of done) p.resolve(value);
  }
}

const committers = new WeakMap<Kysely<Database>, GroupCommitter>();

/** The group committer of one SQLite connection. */
export function groupCommitterOf(db: Kysely<Database>): GroupCommitter {
  let committer = committers.get(db);
  if (!committer) {
    committer = new GroupCommitter(db);
    committers.set(db, committer);
  }
  return committer;
}
