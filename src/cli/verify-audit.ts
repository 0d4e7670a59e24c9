import { connect, databaseConfigFrom } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { verifyAuditChain } from '../server/audit/verify-audit-chain.js';
import { readEnv } from '../server/env.js';

/** `npm run audit:verify`: walks the whole hash chain and fails on any changed, deleted or reordered row. */
const env = readEnv();
const handle = connect(databaseConfigFrom(env));
try {
  await migrateToLatest(handle.db, handle.dialect);
  const report = await verifyAuditChain(handle.db);
  if (report.problems.length === 0) {
    console.log(`Audit trail intact: ${report.checked} rows checked.`);
  } else {
    console.error(`Audit trail BROKEN: ${report.problems.length} problem(s) in ${report.checked} rows.`);
    for (const problem of report.problems.slice(0, 50)) console.error(`  row ${problem.seq}: ${problem.kind.replaceAll('_', ' ')}`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
