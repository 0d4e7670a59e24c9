import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';

export type TestDialect = 'sqlite' | 'postgres';

/** Integration tests run on SQLite always, and on PostgreSQL too whenever TEST_DATABASE_URL is set. */
export const TEST_DIALECTS: TestDialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DatabaseHandle {
  /** Another connection (pool) to the same database, as a second app server would have; closed by the caller. */
  connectAgain(): DatabaseHandle;
  drop(): Promise<void>;
}

/** A fresh, migrated database for each test: a temp SQLite file, or a new schema in the PostgreSQL test database. */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-test-'));
    const file = path.join(dir, 'test.sqlite');
    const handle = connect({ kind: 'sqlite', file });
    await migrateToLatest(handle.db, handle.dialect);
    return {
      ...handle,
      connectAgain: () => connect({ kind: 'sqlite', file }),
      async drop() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `hs_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const handle = connect({ kind: 'postgres', url, max: 5, schema });
  // Kysely's migrator lists the tables of every schema; one creating or dropping a schema meanwhile makes it
  // fail, so test files take turns at creating, migrating and dropping.
  await underSchemaLock(url, async (admin) => {
    await admin.query(`create schema ${schema}`);
    await migrateToLatest(handle.db, handle.dialect, schema);
  });
  return {
    ...handle,
    connectAgain: () => connect({ kind: 'postgres', url, max: 5, schema }),
    async drop() {
      await handle.close();
      await underSchemaLock(url, (admin) => admin.query(`drop schema if exists ${schema} cascade`));
    },
  };
}

const SCHEMA_CHANGE_LOCK = 7_201_900;

/** Creating, migrating or dropping a test schema on PostgreSQL, one test file at a time. */
export async function underSchemaLock<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [SCHEMA_CHANGE_LOCK]);
    return await work(admin);
  } finally {
    await admin.end();
  }
}
