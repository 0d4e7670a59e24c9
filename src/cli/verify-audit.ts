import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect, databaseConfigFrom } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { formatHead, parseHead } from '../domain/audit/audit-seal.js';
import { type KeptHeadToCheck, verifyAuditChain } from '../server/audit/verify-audit-chain.js';
import { readEnv } from '../server/env.js';
import { AUDIT_HEAD_FILE_NAME, readHeadFile } from '../server/platform/audit/audit-head-file.js';
import { sealAllPending } from '../server/platform/audit/seal-audit-log.js';
import { stderrLogger } from '../server/platform/logger.js';

/**
 * `npm run audit:verify [-- --expect-head <batch>:<hash>] [--seal]`: walks every sealed batch and fails
 * on a changed, deleted or reordered row, on rows left unsealed, and on a head kept outside the
 * database (DATA_DIR/audit-head.json, or the value the admin wrote down) that is missing or different.
 */
const { values } = parseArgs({ options: { 'expect-head': { type: 'string' }, seal: { type: 'boolean', default: false } } });
const env = readEnv();
const headFile = path.join(env.DATA_DIR, AUDIT_HEAD_FILE_NAME);
const expected = values['expect-head'] === undefined ? null : parseHead(values['expect-head']);
if (values['expect-head'] !== undefined && !expected) {
  console.error('--expect-head must look like 12:<64 hex characters>, as verify printed it.');
  process.exit(2);
}
const config = databaseConfigFrom(env);
// Verifying a folder with no database must not quietly create an empty one that "verifies".
if (config.kind === 'sqlite' && !existsSync(config.file)) {
  console.error(`There is no Holdspace database at ${config.file}. Check DATA_DIR (or set DATABASE_URL for PostgreSQL).`);
  process.exit(2);
}
const handle = connect(config);
try {
  await migrateToLatest(handle.db, handle.dialect);
  if (values.seal) {
    const outcome = await sealAllPending({ db: handle.db, dialect: handle.dialect, clock: () => new Date(), log: stderrLogger, headFile });
    if (outcome.status === 'refused') console.error(`Sealing refused: ${outcome.reason}`);
  }
  const kept = readHeadFile(headFile);
  const keptHeads: KeptHeadToCheck[] = [];
  if (kept) keptHeads.push({ batch: kept.batch, hash: kept.hash, source: headFile });
  if (expected) keptHeads.push({ ...expected, source: '--expect-head' });
  const report = await verifyAuditChain(handle.db, { keptHeads });
  const head = report.head ? `batch ${formatHead(report.head)} (row ${report.head.lastSeq}, sealed ${report.head.sealedAt})` : 'none yet';
  const pending = report.pending > 0 ? `, ${report.pending} awaiting their seal` : '';
  if (report.problems.length === 0) {
    console.log(`Audit trail intact: ${report.checked} rows checked${pending}.`);
    console.log(`Sealed head: ${head}`);
    if (kept) console.log(`Matches the head kept in ${headFile}.`);
  } else {
    console.error(`Audit trail BROKEN: ${report.problems.length} problem(s) in ${report.checked} rows.`);
    for (const problem of report.problems.slice(0, 50)) {
      const where = problem.batch === undefined ? `row ${problem.seq}` : `row ${problem.seq} (batch ${problem.batch})`;
      console.error(`  ${where}: ${problem.kind.replaceAll('_', ' ')}`);
    }
    console.error(`Sealed head in the database: ${head}`);
    if (kept) console.error(`Head kept in ${headFile}: ${formatHead(kept)}`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
