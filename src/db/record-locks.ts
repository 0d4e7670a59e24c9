import { type Kysely, sql } from 'kysely';
import type { Dialect } from './column-types.js';

export interface RecordLock {
  table: string;
  /** What the error says is locked, e.g. "a completed measure response". */
  what: string;
  operations: ('update' | 'delete')[];
  /** Only rows matching this SQL condition on OLD are locked, e.g. `OLD.status = 'signed'`. */
  when?: string;
}

/**
 * "Signed means locked", enforced by the database itself: a trigger refuses the change, so no code path
 * (or hand-run SQL through the app's connection) can overwrite a locked record.
 */
// biome-ignore lint/suspicious/noExplicitAny: runs inside migrations, before the table types exist
export async function addRecordLock(db: Kysely<any>, dialect: Dialect, lock: RecordLock): Promise<void> {
  const message = `${lock.what} is locked and cannot be changed`;
  for (const operation of lock.operations) {
    const name = `${lock.table}_locked_${operation}`;
    if (dialect === 'sqlite') {
      await sql
        .raw(
          `create trigger ${name} before ${operation} on ${lock.table} ${lock.when ? `when ${lock.when}` : ''}
           begin select raise(abort, '${message}'); end`,
        )
        .execute(db);
    } else {
      await sql
        .raw(
          `create trigger ${name} before ${operation} on ${lock.table} for each row ${lock.when ? `when (${lock.when})` : ''}
           execute function holdspace_refuse_change('${message}')`,
        )
        .execute(db);
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: runs inside migrations
export async function createRefuseChangeFunction(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql
    .raw(
      `create or replace function holdspace_refuse_change() returns trigger language plpgsql as $$
       begin raise exception '%', tg_argv[0] using errcode = 'HS001'; end $$`,
    )
    .execute(db);
}
