import type { AuditQuery } from '../../contracts/audit.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { readHeadFile } from '../platform/audit/audit-head-file.js';
import { toAuditFacts } from '../platform/audit/audit-rows.js';
import { sealAllPending } from '../platform/audit/seal-audit-log.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { auditPolicy } from './audit.policy.js';
import { applyAuditFilters } from './audit-filters.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const PAGE_SIZE = 100;

export async function browseAuditLog(deps: Deps, ctx: RequestContext, query: AuditQuery) {
  authorize(ctx, auditPolicy.browse);
  return inTransaction(deps, async (tx) => {
    let q = tx.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .selectAll('audit_log')
      .select('users.display_name as actor_name');
    if (query.before) q = q.where('audit_log.seq', '<', query.before);
    const { timeZone } = await getPracticeSettings(tx.db);
    q = applyAuditFilters(q, query, timeZone);
    const rows = await q.orderBy('audit_log.seq', 'desc').limit(PAGE_SIZE).execute();
    await appendReadAudit(tx, ctx, { action: 'audit.read' });
    return {
      rows: rows.map((row) => {
        const chained = toAuditFacts(row);
        return {
          seq: chained.seq,
          at: chained.at,
          actorId: chained.actorId,
          actorName: row.actor_name,
          actorRole: chained.actorRole,
          action: chained.action,
          recordType: chained.recordType,
          recordId: chained.recordId,
          ip: chained.ip,
          detail: chained.detail,
          batch: row.batch,
          hash: row.hash,
        };
      }),
      nextBefore: rows.length === PAGE_SIZE ? (rows[rows.length - 1]?.seq ?? null) : null,
    };
  });
}

/** Seals what has committed first, so "intact" speaks for every row written up to now. */
export async function checkAuditChain(deps: Deps, ctx: RequestContext) {
  authorize(ctx, auditPolicy.browse);
  const headFile = deps.config.auditHeadFile ?? null;
  await sealAllPending({ db: deps.db, dialect: deps.dialect, clock: deps.clock, log: deps.log, headFile });
  const kept = headFile ? readHeadFile(headFile) : null;
  const report = await verifyAuditChain(deps.db, {
    now: deps.clock(),
    keptHeads: kept && headFile ? [{ batch: kept.batch, hash: kept.hash, source: headFile }] : [],
  });
  const intact = report.problems.length === 0;
  await inTransaction(deps, (tx) =>
    appendAudit(tx, ctx, { action: 'audit.verify', detail: { intact, batch: report.head?.batch ?? null } }),
  );
  const keptWrong = report.problems.some((p) => (p.kind === 'head_missing' || p.kind === 'head_mismatch') && p.batch === kept?.batch);
  return {
    checked: report.checked,
    intact,
    problems: report.problems.map((p) => ({ kind: p.kind, seq: p.seq, ...(p.batch === undefined ? {} : { batch: p.batch }) })),
    head: report.head,
    keptHead: kept ? { ...kept, matches: !keptWrong } : null,
  };
}
