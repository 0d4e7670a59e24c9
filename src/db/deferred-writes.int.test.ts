import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from './connect.js';
import { inlined, withCommit } from './deferred-writes.js';

const url = process.env.TEST_DATABASE_URL;

// One connection, so the temporary table and every transaction below share it.
describe.skipIf(!url)('PostgreSQL: BEGIN with the first statement, writes with the COMMIT', () => {
  let handle: DatabaseHandle;
  // biome-ignore lint/suspicious/noExplicitAny: a scratch table outside the schema
  let db: Kysely<any>;
  beforeAll(async () => {
    handle = connect({ kind: 'postgres', url: url!, max: 1 });
    db = handle.db as unknown as Kysely<unknown> as typeof db;
    await sql`create temporary table scratch (id int primary key, note text not null)`.execute(db);
  });
  afterAll(() => handle.close());

  const probe = (d: typeof db) =>
    sql<Record<string, unknown>>`select ${"it's \\ a 'quote'"}::text as s, ${12}::int as n, ${null}::text as z,
      ${new Date('2026-12-02T10:00:00.000Z')}::timestamptz as t, ${['a', 'b,c']}::text[] as arr,
      ${JSON.stringify({ k: 'v' })}::jsonb as j, ${Buffer.from([0, 255])}::bytea as b, ${true}::boolean as yes`.execute(d);

  it('gives the first statement, its parameters written in, the same answer as a later one', async () => {
    const [first, later] = await db.transaction().execute(async (trx) => [await probe(trx), await probe(trx)]);
    expect(first!.rows).toEqual(later!.rows);
    expect(first!.rows[0]).toMatchObject({ s: "it's \\ a 'quote'", n: 12, z: null, arr: ['a', 'b,c'], j: { k: 'v' }, yes: true });
  });

  it('rolls back when the first statement fails, with its own error code, and the connection goes on', async () => {
    await db.insertInto('scratch').values({ id: 1, note: 'one' }).execute();
    const error = await db
      .transaction()
      .execute((trx) => trx.insertInto('scratch').values({ id: 1, note: 'again' }).execute())
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('23505');
    const rows = await db.selectFrom('scratch').selectAll().execute();
    expect(rows).toEqual([{ id: 1, note: 'one' }]);
  });

  it('a write sent with the COMMIT that fails takes the whole transaction with it', async () => {
    const error = await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('scratch').values({ id: 2, note: 'two' }).execute();
        await trx.executeQuery(withCommit(inlined(trx.insertInto('scratch').values({ id: 1, note: 'clash' }).compile())));
      })
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('23505');
    expect(await db.selectFrom('scratch').select('id').orderBy('id').execute()).toEqual([{ id: 1 }]);
  });

  it('commits a transaction of deferred writes only, and sends nothing for an empty one', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.executeQuery(withCommit(inlined(trx.insertInto('scratch').values({ id: 3, note: 'three' }).compile())));
    });
    await db.transaction().execute(async () => {});
    expect(await db.selectFrom('scratch').select('id').orderBy('id').execute()).toEqual([{ id: 1 }, { id: 3 }]);
  });
});
