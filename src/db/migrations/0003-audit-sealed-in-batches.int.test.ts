import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditFacts, auditHash, GENESIS_HASH } from '../../domain/audit/audit-chain.js';
import { verifyAuditChain } from '../../server/audit/verify-audit-chain.js';
import { appendAudit } from '../../server/platform/audit/append-audit.js';
import { sealAllPending } from '../../server/platform/audit/seal-audit-log.js';
import { silentLogger } from '../../server/platform/logger.js';
import { bareTx } from '../../testing/bare-tx.js';
import { TEST_DIALECTS, type TestDialect, underSchemaLock } from '../../testing/test-database.js';
import { connect, type DatabaseHandle } from '../connect.js';
import { migrateToLatest, migrateUpTo } from '../migrate.js';
import type { Database } from '../schema.js';

/** Kysely's migrator lists every schema's tables: on PostgreSQL it takes its turn with the other test files. */
function migrating<T>(work: () => Promise<T>): Promise<T> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? underSchemaLock(url, () => work()) : work();
}

/** A database as the version before batches left it: migrated to 0002, with rows chained the old way. */
async function oldDatabase(dialect: TestDialect) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-0003-'));
    const handle = connect({ kind: 'sqlite', file: path.join(dir, 'old.sqlite') });
    return { handle, schema: undefined, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `hs_test_0003_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await underSchemaLock(url, (admin) => admin.query(`create schema ${schema}`));
  const handle = connect({ kind: 'postgres', url, max: 3, schema });
  const drop = () => underSchemaLock(url, (admin) => admin.query(`drop schema if exists ${schema} cascade`));
  return { handle, schema, drop };
}

/** Writes rows exactly as the old appendAudit did: seq chosen by the writer, each hash covering the one before. */
// biome-ignore lint/suspicious/noExplicitAny: the table as it was before 0003
async function writeOldChain(db: Kysely<any>, count: number): Promise<string> {
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const facts: AuditFacts = {
      seq,
      at: `2026-11-0${1 + (seq % 9)}T10:00:00.000Z`,
      actorId: `user-${seq % 3}`,
      actorRole: 'therapist',
      action: seq % 2 ? 'client.read' : 'client.update',
      recordType: 'client',
      recordId: `client-${seq}`,
      ip: '127.0.0.1',
      detail: { n: seq, tags: ['a', 'b'] },
    };
    const hash = auditHash(facts, prevHash);
    await db
      .insertInto('audit_log')
      .values({
        seq,
        at: facts.at,
        actor_id: facts.actorId,
        actor_role: facts.actorRole,
        action: facts.action,
        record_type: facts.recordType,
        record_id: facts.recordId,
        ip: facts.ip,
        detail: JSON.stringify(facts.detail),
        prev_hash: prevHash,
        hash,
      })
      .execute();
    prevHash = hash;
  }
  return prevHash;
}

describe.each(TEST_DIALECTS)('migration 0003: an existing audit trail carried into batches (%s)', (dialect) => {
  let old: Awaited<ReturnType<typeof oldDatabase>>;
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  beforeEach(async () => {
    old = await oldDatabase(dialect);
    handle = old.handle;
    db = handle.db;
    await migrating(() => migrateUpTo(db, dialect, '0002-clients-and-assessment', old.schema));
  });
  afterEach(async () => {
    await handle.close();
    await old.drop();
  });
  const sealer = () => ({ db, dialect, clock: () => new Date(), log: silentLogger, headFile: null });

  it('keeps every row, seals them into the first batch, and new rows follow on', async () => {
    const legacyHead = await writeOldChain(db, 7);
    await migrating(() => migrateToLatest(db, dialect, old.schema));
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((r) => r.batch === 1 && r.hash !== null && r.legacy_hash !== null)).toBe(true);
    expect(rows[6]?.legacy_hash).toBe(legacyHead);
    const seals = await db.selectFrom('audit_seals').selectAll().execute();
    expect(seals).toMatchObject([{ batch: 1, first_seq: 1, last_seq: 7, row_count: 7, prev_hash: GENESIS_HASH }]);
    expect(await verifyAuditChain(db)).toMatchObject({ checked: 7, problems: [], head: { batch: 1, lastSeq: 7 } });

    // The database now numbers rows itself, after the ones carried over.
    await db
      .transaction()
      .execute((trx) =>
        appendAudit(bareTx(trx, dialect), { actor: null, ip: '127.0.0.1', now: new Date() }, { action: 'test.after_upgrade' }),
      );
    expect(await sealAllPending(sealer())).toMatchObject({ status: 'sealed', seal: { batch: 2, firstSeq: 8, prevHash: seals[0]?.hash } });
    expect(await verifyAuditChain(db)).toMatchObject({ checked: 8, problems: [] });
    await expect(db.updateTable('audit_log').set({ action: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/locked/);
    await expect(db.deleteFrom('audit_log').where('seq', '=', 8).execute()).rejects.toThrow(/locked/);
  });

  it('still reports a row changed before the upgrade, rather than sealing over it', async () => {
    await writeOldChain(db, 4);
    if (dialect === 'postgres') await sql.raw('alter table audit_log disable trigger user').execute(db);
    else await sql.raw('drop trigger audit_log_locked_update').execute(db);
    await db.updateTable('audit_log').set({ action: 'client.export' }).where('seq', '=', 2).execute();
    if (dialect === 'postgres') await sql.raw('alter table audit_log enable trigger user').execute(db);
    await migrating(() => migrateToLatest(db, dialect, old.schema));
    expect(await db.selectFrom('audit_log').select('seq').execute()).toHaveLength(4);
    expect((await verifyAuditChain(db)).problems).toContainEqual({ kind: 'changed', seq: 2 });
  });

  it('carries an empty trail forward too', async () => {
    await migrating(() => migrateToLatest(db, dialect, old.schema));
    expect(await verifyAuditChain(db)).toMatchObject({ checked: 0, problems: [], head: null });
  });
});
