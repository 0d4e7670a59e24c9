import {
  CompiledQuery as Compiled,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';

/**
 * Writes whose answer nobody waits for — the audit row, the live events and their announcement — ride
 * with the COMMIT on PostgreSQL: one round trip instead of one each (decision 0035). A statement marked
 * here inside a transaction is kept by the connection and sent as `…; commit` in one simple query, so it
 * commits exactly when the rest does, and a failure in it fails the commit and rolls everything back.
 * Outside a transaction (and on SQLite, where a statement costs no round trip) it runs at once.
 */
const DEFER_MARKER = '/* holdspace:with-commit */ ';

/** The statement with its parameters written in as literals, for the one-query `…; commit`. */
export function inlined(query: CompiledQuery): string {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => literal(query.parameters[Number(n) - 1]));
}

/** A value as a PostgreSQL literal; strings through the driver's own escaping. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('a deferred write carried a number that is not finite');
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'string') return pg.escapeLiteral(value);
  return pg.escapeLiteral(JSON.stringify(value));
}

/** Marks SQL (already inlined) to be sent with the transaction's COMMIT. */
export function withCommit(sqlText: string): CompiledQuery {
  return Compiled.raw(`${DEFER_MARKER}${sqlText}`);
}

class DeferringConnection implements DatabaseConnection {
  readonly pending: string[] = [];
  /** How many deferred writes each open savepoint had seen: rolling back to it drops the later ones. */
  readonly savepoints = new Map<string, number>();
  inTransaction = false;
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!query.sql.startsWith(DEFER_MARKER)) return this.inner.executeQuery<R>(query);
    const text = query.sql.slice(DEFER_MARKER.length);
    if (!this.inTransaction) return this.inner.executeQuery<R>(Compiled.raw(text));
    this.pending.push(text);
    return Promise.resolve({ rows: [] });
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

type Compile = Parameters<NonNullable<Driver['savepoint']>>[2];

class DeferringDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init() {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new DeferringConnection(await this.inner.acquireConnection());
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const c = connection as DeferringConnection;
    await this.inner.beginTransaction(c.inner, settings);
    c.inTransaction = true;
  }
  async commitTransaction(connection: DatabaseConnection) {
    const c = connection as DeferringConnection;
    const pending = c.pending.splice(0);
    c.inTransaction = false;
    c.savepoints.clear();
    if (pending.length === 0) return this.inner.commitTransaction(c.inner);
    // One simple-protocol query: PostgreSQL runs them in order and stops at the first error, leaving the
    // transaction aborted for the rollback that follows.
    await c.inner.executeQuery(Compiled.raw(`${pending.join(';\n')};\ncommit`));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    const c = connection as DeferringConnection;
    c.pending.length = 0;
    c.inTransaction = false;
    c.savepoints.clear();
    return this.inner.rollbackTransaction(c.inner);
  }
  async savepoint(connection: DatabaseConnection, name: string, compile: Compile) {
    const c = connection as DeferringConnection;
    await this.inner.savepoint!(c.inner, name, compile);
    c.savepoints.set(name, c.pending.length);
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: Compile) {
    const c = connection as DeferringConnection;
    await this.inner.rollbackToSavepoint!(c.inner, name, compile);
    c.pending.length = c.savepoints.get(name) ?? c.pending.length;
  }
  releaseSavepoint(connection: DatabaseConnection, name: string, compile: Compile) {
    return this.inner.releaseSavepoint!((connection as DeferringConnection).inner, name, compile);
  }
  releaseConnection(connection: DatabaseConnection) {
    const c = connection as DeferringConnection;
    c.pending.length = 0;
    c.inTransaction = false;
    return this.inner.releaseConnection(c.inner);
  }
  destroy() {
    return this.inner.destroy();
  }
}

/** Kysely's PostgreSQL dialect whose transactions send their deferred writes with the COMMIT. */
export class DeferringPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new DeferringDriver(super.createDriver());
  }
}
