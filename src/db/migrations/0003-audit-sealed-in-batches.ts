import { type Kysely, sql } from 'kysely';
import type { AuditFacts } from '../../domain/audit/audit-chain.js';
import { type AuditHead, sealBatch } from '../../domain/audit/audit-seal.js';
import type { ColumnTypes, Dialect } from '../column-types.js';
import { addRecordLock } from '../record-locks.js';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not as the types say
type Db = Kysely<any>;

/** Rows per batch when carrying an existing trail forward (the running sealer uses its own limit). */
const LEGACY_BATCH = 5000;

/**
 * The audit trail stops being one hash chain built by every writer under a practice-wide lock and
 * becomes rows appended freely with a database sequence, sealed in batches by one sealer
 * (docs/decisions/0015-audit-sealed-in-batches.md). Existing rows keep their old chain hashes (as
 * legacy_prev_hash / legacy_hash, still verified) and are sealed here into the first batches.
 */
export async function up(db: Db, t: ColumnTypes, dialect: Dialect): Promise<void> {
  // SQLite DDL is not transactional under the migrator; the table rebuild gets its own transaction
  // so a crash part-way can never leave the trail half copied.
  if (dialect === 'sqlite') await db.transaction().execute((trx) => migrate(trx, t, dialect));
  else await migrate(db, t, dialect);
}

async function migrate(db: Db, t: ColumnTypes, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await rebuildSqliteAuditLog(db);
  else await reshapePostgresAuditLog(db);
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['record_type', 'record_id']).ifNotExists().execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).ifNotExists().execute();
  await db.schema.createIndex('audit_log_batch').on('audit_log').columns(['batch', 'seq']).execute();
  await db.schema.createIndex('audit_log_unsealed').on('audit_log').column('seq').where(sql.ref('batch'), 'is', null).execute();

  await db.schema
    .createTable('audit_seals')
    .addColumn('batch', t.bigint, (c) => c.primaryKey())
    .addColumn('first_seq', t.bigint, (c) => c.notNull())
    .addColumn('last_seq', t.bigint, (c) => c.notNull())
    .addColumn('row_count', t.integer, (c) => c.notNull())
    .addColumn('root', t.text, (c) => c.notNull())
    .addColumn('prev_hash', t.text, (c) => c.notNull())
    .addColumn('hash', t.text, (c) => c.notNull())
    .addColumn('sealed_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_read_marks')
    .addColumn('key', t.text, (c) => c.primaryKey())
    .addColumn('audited_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_read_marks_at').on('audit_read_marks').column('audited_at').execute();

  await sealLegacyRows(db, dialect);

  await addRecordLock(db, dialect, {
    table: 'audit_log',
    what: 'the audit trail',
    operations: ['update'],
    when: `NOT (${sealingOnly(dialect)})`,
  });
  if (dialect === 'sqlite') await addRecordLock(db, dialect, { table: 'audit_log', what: 'the audit trail', operations: ['delete'] });
  await addRecordLock(db, dialect, { table: 'audit_seals', what: 'the audit trail', operations: ['update', 'delete'] });
}

/** The one change an audit row may take: the sealer filling its batch and hash, once, from empty. */
function sealingOnly(dialect: Dialect): string {
  const same = (column: string) =>
    dialect === 'sqlite' ? `NEW.${column} IS OLD.${column}` : `NEW.${column} IS NOT DISTINCT FROM OLD.${column}`;
  const unchanged = [
    'seq',
    'at',
    'actor_id',
    'actor_role',
    'action',
    'record_type',
    'record_id',
    'ip',
    'detail',
    'legacy_prev_hash',
    'legacy_hash',
  ].map(same);
  return ['OLD.batch IS NULL', 'OLD.hash IS NULL', 'NEW.batch IS NOT NULL', 'NEW.hash IS NOT NULL', ...unchanged].join(' AND ');
}

/** SQLite cannot add AUTOINCREMENT or drop NOT NULL in place: copy into the new shape, then swap. */
async function rebuildSqliteAuditLog(db: Db): Promise<void> {
  await sql
    .raw(
      `create table audit_log_v3 (
        seq integer primary key autoincrement,
        at text not null,
        actor_id text,
        actor_role text,
        action text not null,
        record_type text,
        record_id text,
        ip text,
        detail text not null check (json_valid(detail)),
        batch integer,
        hash text,
        legacy_prev_hash text,
        legacy_hash text
      )`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into audit_log_v3 (seq, at, actor_id, actor_role, action, record_type, record_id, ip, detail, legacy_prev_hash, legacy_hash)
       select seq, at, actor_id, actor_role, action, record_type, record_id, ip, detail, prev_hash, hash from audit_log order by seq`,
    )
    .execute(db);
  const [before, after] = await Promise.all([count(db, 'audit_log'), count(db, 'audit_log_v3')]);
  if (before !== after) throw new Error(`audit trail copy lost rows (${before} → ${after}); nothing was changed`);
  // Dropping the table takes its triggers and indexes with it; a DROP fires no delete trigger.
  await sql.raw('drop table audit_log').execute(db);
  await sql.raw('alter table audit_log_v3 rename to audit_log').execute(db);
}

async function reshapePostgresAuditLog(db: Db): Promise<void> {
  await sql.raw('drop trigger audit_log_locked_update on audit_log').execute(db);
  await sql.raw('alter table audit_log rename column prev_hash to legacy_prev_hash').execute(db);
  await sql.raw('alter table audit_log rename column hash to legacy_hash').execute(db);
  await sql.raw('alter table audit_log alter column legacy_prev_hash drop not null, alter column legacy_hash drop not null').execute(db);
  await sql.raw('alter table audit_log add column batch bigint, add column hash text').execute(db);
  await sql.raw('alter table audit_log alter column seq add generated by default as identity').execute(db);
  await sql
    .raw(`select setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce((select max(seq) from audit_log), 0) + 1, false)`)
    .execute(db);
}

async function count(db: Db, table: string): Promise<number> {
  const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/**
 * Seals the rows written under the old design into the first batches, in seq order. Their old chain
 * stays on the rows and `verifyAuditTrail` keeps checking it, so a change made before the upgrade is
 * still reported after it rather than sealed over.
 */
async function sealLegacyRows(db: Db, dialect: Dialect): Promise<void> {
  let previous: AuditHead | null = null;
  let after = 0;
  const sealedAt = new Date().toISOString();
  for (;;) {
    const page = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(LEGACY_BATCH).execute();
    if (page.length === 0) return;
    const facts: AuditFacts[] = page.map((row) => ({
      seq: Number(row.seq),
      at: row.at,
      actorId: row.actor_id,
      actorRole: row.actor_role,
      action: row.action,
      recordType: row.record_type,
      recordId: row.record_id,
      ip: row.ip,
      detail: typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail,
    }));
    const { seal, rowHashes } = sealBatch(facts, previous, sealedAt);
    await db
      .insertInto('audit_seals')
      .values({
        batch: seal.batch,
        first_seq: seal.firstSeq,
        last_seq: seal.lastSeq,
        row_count: seal.count,
        root: seal.root,
        prev_hash: seal.prevHash,
        hash: seal.hash,
        sealed_at: seal.sealedAt,
      })
      .execute();
    const json = JSON.stringify(rowHashes);
    if (dialect === 'sqlite') {
      await sql`update audit_log set batch = ${seal.batch}, hash = json_extract(j.value, '$.hash')
        from json_each(${json}) as j where audit_log.seq = json_extract(j.value, '$.seq')`.execute(db);
    } else {
      await sql`update audit_log as a set batch = ${seal.batch}, hash = v.hash
        from jsonb_to_recordset(${json}::jsonb) as v(seq bigint, hash text) where a.seq = v.seq`.execute(db);
    }
    previous = { batch: seal.batch, hash: seal.hash };
    after = seal.lastSeq;
  }
}
