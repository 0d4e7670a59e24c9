import type { Transaction } from 'kysely';
import type { Dialect } from '../db/column-types.js';
import type { Database } from '../db/schema.js';
import type { Tx } from '../server/platform/unit-of-work.js';

/** A Tx over a raw transaction, for tests that seed audit rows without the rest of a use case. */
export function bareTx(db: Transaction<Database>, dialect: Dialect): Tx {
  return {
    db,
    dialect,
    afterCommit() {},
    publish() {},
    markAudited() {},
    onRollback() {},
    enqueue: async () => '',
    // Nothing kept: always read afresh.
    readCached: (_kind, _tables, _key, load) => load(),
    // Runs now on both databases: a raw transaction has no commit of ours to ride with.
    withCommit: async (query) => {
      await query.execute();
    },
  };
}
