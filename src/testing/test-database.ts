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
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = connect({ kind: 'postgres', url, max: 5, schema });
  await migrateToLatest(handle.db, handle.dialect, schema);
  return {
    ...handle,
    connectAgain: () => connect({ kind: 'postgres', url, max: 5, schema }),
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema if exists ${schema} cascade`);
      await cleanup.end();
    },
  };
}
