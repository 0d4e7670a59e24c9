import { type Kysely, sql } from 'kysely';

/** `local`, `remote_write` and `remote_apply` all wait for the local WAL flush; only `off` does not. */
const DURABLE_COMMIT = new Set(['on', 'local', 'remote_write', 'remote_apply']);

export class DurabilityError extends Error {}

/**
 * An acknowledged clinical record must survive a power cut. PostgreSQL can be configured to trade that
 * away; Holdspace refuses to start on such a server rather than promise what it cannot keep.
 */
// biome-ignore lint/suspicious/noExplicitAny: runs before the schema types matter
export async function assertPostgresDurability(db: Kysely<any>): Promise<void> {
  const read = async (name: string) => {
    const { rows } = await sql<{ setting: string }>`select setting from pg_settings where name = ${name}`.execute(db);
    return rows[0]?.setting ?? 'unknown';
  };
  const problems: string[] = [];
  const synchronousCommit = await read('synchronous_commit');
  if (!DURABLE_COMMIT.has(synchronousCommit)) problems.push(`synchronous_commit is ${synchronousCommit} (must be on)`);
  for (const name of ['fsync', 'full_page_writes']) {
    const value = await read(name);
    if (value !== 'on') problems.push(`${name} is ${value} (must be on)`);
  }
  if (problems.length > 0) {
    throw new DurabilityError(
      `Holdspace will not start: this PostgreSQL server could lose acknowledged records after a crash (${problems.join('; ')}). Change the setting in postgresql.conf or for this role, then start again.`,
    );
  }
}
