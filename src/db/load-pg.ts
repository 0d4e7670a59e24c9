import { createRequire } from 'node:module';
import type pg from 'pg';

let loaded: typeof pg | undefined;

/** The PostgreSQL driver, loaded the first time PostgreSQL is used: a server on SQLite never loads it (0037). */
export function loadPg(): typeof pg {
  loaded ??= createRequire(import.meta.url)('pg') as typeof pg;
  return loaded;
}
