import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import type pg from 'pg';
import type { Dialect } from './column-types.js';
import { DeferringPostgresDialect } from './deferred-writes.js';
import { loadPg } from './load-pg.js';
import type { Database } from './schema.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; max?: number; schema?: string };

export function databaseConfigFrom(env: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', file: path.join(env.DATA_DIR, 'holdspace.sqlite') };
}

export function connect(config: DatabaseConfig): DatabaseHandle {
  return config.kind === 'postgres' ? connectPostgres(config.url, config.max, config.schema) : connectSqlite(config.file);
}

function connectSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  assertSqlitePragmas(sqlite, file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every statement afresh; SQLite's compile step is a real share of a small request on the one
 * connection. The same SQL text reuses its prepared statement (one in the middle of an iteration is not shared).
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (!cached) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** The durability promise is checked, not assumed: a pragma that did not take stops the start. */
function assertSqlitePragmas(sqlite: SQLite.Database, file: string) {
  const journal = sqlite.pragma('journal_mode', { simple: true });
  const synchronous = sqlite.pragma('synchronous', { simple: true });
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true });
  const wantJournal = file === ':memory:' ? 'memory' : 'wal';
  if (journal !== wantJournal || synchronous !== 2 || foreignKeys !== 1) {
    throw new Error(`SQLite settings did not take (journal_mode=${journal}, synchronous=${synchronous}, foreign_keys=${foreignKeys})`);
  }
}

// pg is loaded only when PostgreSQL is used: a server on SQLite never needs it (0037).

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

// The text PostgreSQL sends for a timestamptz in a UTC session, e.g. `2026-12-03 11:42:24.123456+00`.
const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/** The same ISO string pg's date parser and `toISOString` would give, without making a Date on the common path. */
export function isoFromTimestamp(parseDate: (value: string) => Date): (value: string) => string {
  return (value) => {
    const m = UTC_TIMESTAMP.exec(value);
    if (m) return `${m[1]}T${m[2]}.${`${m[3] ?? ''}000`.slice(0, 3)}Z`;
    return parseDate(value).toISOString();
  };
}

const toNumber = (value: string) => Number(value);
const parsers = new Map<string, unknown>();

/** Timestamps come back as ISO strings and counts as numbers, the same as SQLite gives. Parsers are made once. */
const pgTypes = {
  getTypeParser(oid: number, format: 'text' | 'binary' = 'text') {
    const key = `${oid}:${format}`;
    let parser = parsers.get(key);
    if (parser === undefined) {
      const types = loadPg().types;
      if (oid === TIMESTAMPTZ) parser = isoFromTimestamp(types.getTypeParser(oid, 'text') as (value: string) => Date);
      else if (oid === TIMESTAMP) {
        const parseDate = types.getTypeParser(oid, 'text') as (value: string) => Date;
        parser = (value: string) => parseDate(value).toISOString();
      } else if (oid === INT8 || oid === NUMERIC) parser = toNumber;
      else parser = types.getTypeParser(oid, format);
      parsers.set(key, parser);
    }
    return parser;
  },
};

/** `schema` puts every table in one schema (the tests give each file its own, which is much faster than a database each). */
function connectPostgres(url: string, max = 10, schema?: string): DatabaseHandle {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const pool = new (loadPg().Pool)({ connectionString: url, max, options, types: pgTypes as pg.CustomTypesConfig });
  const db = new Kysely<Database>({ dialect: new DeferringPostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
