import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../server/platform/audit/append-audit.js';
import { inTransaction, UnauditedWriteError } from '../server/platform/unit-of-work.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { TEST_DIALECTS } from '../testing/test-database.js';
import { fixedShape } from './fixed-shape.js';

const setName = fixedShape(['id', 'name'], (db, v) => db.updateTable('users').set({ display_name: v.name }).where('id', '=', v.id));
const readName = fixedShape(['id'], (db, v) => db.selectFrom('users').select('display_name').where('id', '=', v.id));

describe.each(TEST_DIALECTS)('statements compiled once (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());
  const ctx = () => ({ actor: null, ip: '', now: t.deps.clock() });

  it('runs with each use’s own values, in and out of a transaction', async () => {
    const [a, b] = [await t.user(['therapist']), await t.user(['prescriber'])];
    for (const [user, name] of [
      [a, 'Ana'],
      [b, 'Ben'],
    ] as const)
      await inTransaction(t.deps, async (tx) => {
        await setName(tx.db, { id: user.id, name }).execute();
        await appendAudit(tx, ctx(), { action: 'staff.rename' });
      });
    const name = async (id: string) => (await readName(t.deps.db, { id }).execute()).rows.map((r) => r.display_name);
    expect([await name(a.id), await name(b.id), await name('no-such-user')]).toEqual([['Ana'], ['Ben'], []]);
  });

  it('is seen by the write watcher: without an audit row the change is refused and rolled back', async () => {
    const user = await t.user(['therapist'], { displayName: 'Before' });
    const unaudited = inTransaction(t.deps, async (tx) => {
      await setName(tx.db, { id: user.id, name: 'Changed quietly' }).execute();
    });
    await expect(unaudited).rejects.toBeInstanceOf(UnauditedWriteError);
    expect((await readName(t.deps.db, { id: user.id }).execute()).rows).toEqual([{ display_name: 'Before' }]);
  });

  it('refuses, the first time it is built, a value that does not reach the SQL as a parameter', async () => {
    const written = fixedShape(['name'], (db, v) => db.updateTable('users').set({ display_name: sql.lit(v.name) }));
    expect(() => written(t.deps.db, { name: 'x' })).toThrow(/written into the SQL/);
    const unused = fixedShape(['name', 'other'], (db, v) => db.updateTable('users').set({ display_name: v.name }));
    expect(() => unused(t.deps.db, { name: 'x', other: 'y' })).toThrow(/other never reached a parameter/);
    const changed = fixedShape(['name'], (db, v) => db.updateTable('users').set({ display_name: `${v.name}!` }));
    expect(() => changed(t.deps.db, { name: 'x' })).toThrow(/changed on the way/);
  });
});
