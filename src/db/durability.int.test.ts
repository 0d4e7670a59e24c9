import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from './connect.js';
import { assertPostgresDurability, DurabilityError } from './durability.js';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL durability checked at start', () => {
  it('accepts the server as configured for tests', async () => {
    const handle = connect({ kind: 'postgres', url: url!, max: 1 });
    try {
      await expect(assertPostgresDurability(handle.db)).resolves.toBeUndefined();
    } finally {
      await handle.close();
    }
  });

  it('refuses synchronous_commit=off, naming the setting', async () => {
    const handle = connect({ kind: 'postgres', url: url!, max: 1 });
    try {
      await sql`set synchronous_commit = off`.execute(handle.db);
      const error = await assertPostgresDurability(handle.db).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DurabilityError);
      expect((error as Error).message).toContain('synchronous_commit is off');
    } finally {
      await handle.close();
    }
  });
});
