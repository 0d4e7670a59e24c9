import { type Compilable, CompiledQuery, createQueryId, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.js';

/**
 * A statement whose SQL never changes, only its values (the audit row, a console entry, the session lock).
 * Kysely builds and compiles it once per database kind; each use then only puts its values in the
 * parameter slots. Building and compiling the query tree was a sixth of the CPU of a console entry on a
 * busy server (decision 0038). The statement still goes through the handle's plugins (the unit of work's
 * write watcher sees it) and through `withCommit` like any other.
 *
 * Every value must reach the SQL as a parameter: the builder is given a marker per name, and a marker
 * that does not come out as exactly one whole parameter (written into the SQL, or changed on the way)
 * stops the statement the first time it is built. Values are never left out: pass null, not undefined.
 */
const MARKER = '\u0000holdspace-slot:';

type Slot = { name: string } | { value: unknown };

interface Shape {
  sql: string;
  slots: Slot[];
  query: CompiledQuery['query'];
}

export interface FixedStatement<R> {
  compile(): CompiledQuery<R>;
  execute(): Promise<QueryResult<R>>;
}

export function fixedShape<const N extends string, R>(
  names: readonly N[],
  build: (db: Kysely<Database>, values: Record<N, never>) => Compilable<R>,
): (db: Kysely<Database>, values: Record<N, unknown>) => FixedStatement<R> {
  // One compiled form per adapter (PostgreSQL's $1 and SQLite's ?), kept for the life of the process.
  const shapes = new WeakMap<object, Shape>();
  const shapeFor = (db: Kysely<Database>): Shape => {
    const adapter = db.getExecutor().adapter;
    let shape = shapes.get(adapter.constructor);
    if (!shape) {
      shape = compileShape(db, names, build);
      shapes.set(adapter.constructor, shape);
    }
    return shape;
  };
  return (db, values) => {
    const shape = shapeFor(db);
    const compile = (): CompiledQuery<R> => {
      // Through the handle's plugins, as a built query would go (the write watcher notes the table).
      const query = db.getExecutor().transformQuery(shape.query, createQueryId());
      const parameters = shape.slots.map((slot) => ('name' in slot ? (values[slot.name as N] ?? null) : slot.value));
      return { ...CompiledQuery.raw(shape.sql, parameters), query } as CompiledQuery<R>;
    };
    return { compile, execute: () => db.executeQuery(compile()) };
  };
}

function compileShape<N extends string, R>(
  db: Kysely<Database>,
  names: readonly N[],
  build: (db: Kysely<Database>, values: Record<N, never>) => Compilable<R>,
): Shape {
  const markers = Object.fromEntries(names.map((name) => [name, `${MARKER}${name}`])) as Record<N, never>;
  const compiled = build(db, markers).compile();
  if (compiled.sql.includes(MARKER)) throw new Error('fixedShape: a value was written into the SQL text instead of a parameter');
  const seen = new Set<string>();
  const slots: Slot[] = compiled.parameters.map((value) => {
    if (typeof value === 'string' && value.startsWith(MARKER)) {
      const name = value.slice(MARKER.length);
      if (!names.includes(name as N)) throw new Error(`fixedShape: parameter ${JSON.stringify(value)} was changed on the way`);
      seen.add(name);
      return { name };
    }
    if (typeof value === 'string' && value.includes(MARKER)) throw new Error('fixedShape: a value was changed on the way to its parameter');
    return { value };
  });
  const missing = names.filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`fixedShape: ${missing.join(', ')} never reached a parameter`);
  return { sql: compiled.sql, slots, query: compiled.query };
}
