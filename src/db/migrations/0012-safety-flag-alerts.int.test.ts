import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDialect, underSchemaLock } from '../../testing/test-database.js';
import { connect, type DatabaseHandle } from '../connect.js';
import { migrateToLatest, migrateUpTo } from '../migrate.js';

const now = '2026-12-01T10:00:00.000Z';

function migrating<T>(work: () => Promise<T>): Promise<T> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? underSchemaLock(url, () => work()) : work();
}

async function oldDatabase(dialect: TestDialect) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-0012-'));
    const handle = connect({ kind: 'sqlite', file: path.join(dir, 'old.sqlite') });
    return { handle, schema: undefined, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `hs_test_0012_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await underSchemaLock(url, (admin) => admin.query(`create schema ${schema}`));
  const handle = connect({ kind: 'postgres', url, max: 3, schema });
  return { handle, schema, drop: () => underSchemaLock(url, (admin) => admin.query(`drop schema if exists ${schema} cascade`)) };
}

describe.each(TEST_DIALECTS)('migration 0012: safety-flag alerts (%s)', (dialect) => {
  let old: Awaited<ReturnType<typeof oldDatabase>>;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    old = await oldDatabase(dialect);
    handle = old.handle;
    await migrating(() => migrateUpTo(handle.db, dialect, '0011-coverage-access', old.schema));
  });
  afterEach(async () => {
    await handle.close();
    await old.drop();
  });

  it('counts flags acknowledged before the upgrade as seen by their care team, marked as such, and leaves open ones unseen', async () => {
    const { db } = handle;
    const [therapist, prescriber] = [uuidv7(), uuidv7()];
    for (const id of [therapist, prescriber]) {
      await db
        .insertInto('users')
        .values({
          id,
          email: `${id}@example.org`,
          display_name: 'X',
          password_hash: 'x',
          status: 'active',
          created_at: now,
          updated_at: now,
          client_id: null,
        })
        .execute();
    }
    const client = uuidv7();
    await db
      .insertInto('clients')
      .values({
        id: client,
        legal_name: 'A',
        preferred_name: 'A',
        pronouns: '',
        date_of_birth: null,
        email: null,
        phone: null,
        address: '',
        emergency_contact_name: '',
        emergency_contact_phone: '',
        emergency_contact_relationship: '',
        support_person_name: '',
        support_person_phone: '',
        support_person_relationship: '',
        phase: 'preparation',
        enquiry_id: null,
        created_at: now,
        updated_at: now,
        created_by: therapist,
      })
      .execute();
    await db
      .insertInto('care_team_members')
      .values([
        { client_id: client, user_id: therapist, role: 'therapist', assigned_at: now, assigned_by: therapist },
        { client_id: client, user_id: prescriber, role: 'prescriber', assigned_at: now, assigned_by: therapist },
      ])
      .execute();
    const flag = (acknowledged: boolean) => ({
      id: uuidv7(),
      client_id: client,
      kind: 'phq9_item9',
      urgency: 'high' as const,
      source_type: 'measure_response',
      source_id: uuidv7(),
      summary: 'x',
      raised_at: now,
      acknowledged_at: acknowledged ? '2026-12-01T11:00:00.000Z' : null,
      acknowledged_by: acknowledged ? therapist : null,
      acknowledgement_note: acknowledged ? 'Called' : null,
    });
    const done = flag(true);
    const open = flag(false);
    await db.insertInto('safety_flags').values([done, open]).execute();

    await migrating(() => migrateToLatest(handle.db, dialect, old.schema));

    const views = await db.selectFrom('safety_flag_views').selectAll().orderBy('user_id').execute();
    expect(views).toEqual(
      [therapist, prescriber]
        .sort()
        .map((user) => ({ flag_id: done.id, user_id: user, seen_at: '2026-12-01T11:00:00.000Z', how: 'before_alerts' })),
    );
    expect(await db.selectFrom('safety_flag_alerts').selectAll().execute()).toEqual([]);
  });
});
