import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../testing/test-database.js';

/**
 * Migration 0016 (PostgreSQL): the session row's context is kept out of line and the table leaves room per
 * page, so the count written with every console entry copies a narrow row; 0017: live events published by
 * one function planned once per connection (decision 0040).
 */
describe.skipIf(!TEST_DIALECTS.includes('postgres'))('migrations 0016 and 0017: the console write made lighter (postgres)', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });
  afterEach(async () => database.drop());

  it('stores the context out of line and leaves room for updates on the same page', async () => {
    const { rows } = await sql<{ reloptions: string[]; attstorage: string }>`
      select c.reloptions, a.attstorage from pg_class c
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'context'
      where c.oid = 'ketamine_sessions'::regclass`.execute(database.db);
    expect(rows[0]?.reloptions).toEqual(expect.arrayContaining(['toast_tuple_target=128', 'fillfactor=70']));
    expect(rows[0]?.attstorage).toBe('e');
  });

  it('numbers, stores and announces live events in one function', async () => {
    const { rows } = await sql<{ name: string }>`select proname as name from pg_proc where proname = 'holdspace_publish_live'
      and pronamespace = (select oid from pg_namespace where nspname = current_schema())`.execute(database.db);
    expect(rows).toEqual([{ name: 'holdspace_publish_live' }]);
  });
});
