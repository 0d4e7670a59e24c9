import {
  CompiledQuery as Compiled,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { loadPg } from './load-pg.js';

/**
 * Writes whose answer nobody waits for — the audit row, the live events and their announcement — ride
 * with the COMMIT on PostgreSQL: one round trip instead of one each (decision 0036). A statement marked
 * here inside a transaction is kept by the connection and sent as `…; commit` in one simple query, so it
 * commits exactly when the rest does, and a failure in it fails the commit and rolls everything back.
 * Outside a transaction (and on SQLite, where a statement costs no round trip) it runs at once.
 */
/** The driver's own conversion of a parameter to its wire text (not in pg's type declarations). */
const prepareValue = (value: unknown): unknown =>
  (loadPg() as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils.prepareValue(value);

const DEFER_MARKER = '/* holdspace:with-commit */ ';

/**
 * pg's `escapeLiteral`, with the same output (quotes doubled; backslashes doubled and the E'' form when there
 * are any), made with native string searches instead of one concatenation per character: a JSON body is
 * hundreds of characters, and every deferred statement's parameters pass through here.
 */
export function escapeLiteral(text: string): string {
  const quoted = text.includes("'") ? text.replaceAll("'", "''") : text;
  return text.includes('\\') ? ` E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/** The statement with its parameters written in as literals, for the one-query `…; commit`. */
export function inlined(query: CompiledQuery): string {
  return inlinedText(query.sql, query.parameters);
}

function inlinedText(sqlText: string, parameters: readonly unknown[]): string {
  return sqlText.replace(/\$(\d+)/g, (_, n: string) => parameterLiteral(parameters[Number(n) - 1]));
}

/**
 * A parameter as the driver would have sent it, written as an untyped quoted literal: pg's own
 * `prepareValue` makes the text (dates, arrays, JSON, buffers as for a `$n`), and PostgreSQL infers the
 * type of `'…'` from where it stands exactly as it does for an untyped parameter.
 */
export function parameterLiteral(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'NULL';
  if (Buffer.isBuffer(prepared)) return escapeLiteral(`\\x${prepared.toString('hex')}`);
  return escapeLiteral(String(prepared));
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
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (typeof value === 'string') return escapeLiteral(value);
  return escapeLiteral(JSON.stringify(value));
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

type PoolClient = { query(...args: unknown[]): Promise<unknown>; release(err?: unknown): void };
type Pool = { connect(): Promise<PoolClient>; end(): Promise<void> };
type PgResult = { command: string; rowCount: number | null; rows: unknown[] };

const BEGINS = /^(begin|start transaction( isolation level [a-z ]+| read (only|write))*)$/i;

/**
 * The BEGIN rides with the transaction's first statement: `begin; <statement>` as one simple query, one
 * round trip instead of two. The statement's parameters are written in as literals (`parameterLiteral`,
 * the same text the driver would send), and the answer is that of the statement. A transaction that
 * sends nothing before its COMMIT or ROLLBACK sends nothing at all. Errors land exactly where they would
 * have: the BEGIN has opened the transaction, the statement fails in it, and the rollback that follows is real.
 */
class BeginRidingClient implements PoolClient {
  private begin: string | null = null;
  constructor(private readonly inner: PoolClient) {}

  async query(...args: unknown[]): Promise<unknown> {
    const [text, parameters] = args as [unknown, readonly unknown[] | undefined];
    if (typeof text !== 'string') return this.flushThen(args);
    if (this.begin === null && BEGINS.test(text) && !parameters?.length) {
      this.begin = text;
      return { command: 'BEGIN', rowCount: null, rows: [] } satisfies PgResult;
    }
    if (this.begin === null) return this.inner.query(...args);
    const begin = this.begin;
    this.begin = null;
    if (/^(commit|rollback)$/i.test(text)) return { command: text.toUpperCase(), rowCount: null, rows: [] } satisfies PgResult;
    const statement = parameters?.length ? inlinedText(text, parameters) : text;
    const results = (await this.inner.query(`${begin};\n${statement}`)) as PgResult | PgResult[];
    return Array.isArray(results) ? results[results.length - 1] : results;
  }

  /** A cursor (or anything not plain text) goes as it is, after a BEGIN still held back. */
  private async flushThen(args: unknown[]): Promise<unknown> {
    if (this.begin !== null) {
      const begin = this.begin;
      this.begin = null;
      await this.inner.query(begin);
    }
    return this.inner.query(...args);
  }

  release(err?: unknown) {
    this.begin = null;
    this.inner.release(err);
  }
}

class BeginRidingPool implements Pool {
  constructor(private readonly inner: Pool) {}
  async connect(): Promise<PoolClient> {
    return new BeginRidingClient(await this.inner.connect());
  }
  end() {
    return this.inner.end();
  }
}

/**
 * Kysely's PostgreSQL dialect whose transactions send their deferred writes with the COMMIT and their
 * BEGIN with the first statement.
 */
export class DeferringPostgresDialect extends PostgresDialect {
  constructor(config: PostgresDialectConfig) {
    if (typeof config.pool === 'function') throw new Error('DeferringPostgresDialect takes a pool, not a pool factory');
    super({ ...config, pool: new BeginRidingPool(config.pool as unknown as Pool) as unknown as PostgresDialectConfig['pool'] });
  }
  override createDriver(): Driver {
    return new DeferringDriver(super.createDriver());
  }
}
