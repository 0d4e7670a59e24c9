import { fixedShape } from '../../../db/fixed-shape.js';
import { toJsonColumn } from '../../../db/json-column.js';
import type { RequestContext } from '../context.js';
import { coverageOf } from '../coverage-context.js';
import type { Tx } from '../deps.js';

export interface AuditEntry {
  action: string;
  recordType?: string;
  recordId?: string;
  /** Ids and codes only — never clinical text. */
  detail?: Record<string, string | number | boolean | null | string[]>;
  /** For events before anyone is signed in (a sign-in, a setup) the actor is named here. */
  actorId?: string;
  actorRole?: string;
}

/**
 * Appends one row inside the caller's transaction: one INSERT, no lock and no read of other rows, so
 * audited use cases no longer queue behind each other; on PostgreSQL it travels with the COMMIT. The database gives the row its sequence; the
 * sealer (seal-audit-log.ts) hashes it and closes it into a batch within about a second of commit.
 */
export async function appendAudit(tx: Tx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  tx.markAudited();
  await tx.withCommit(
    insertAuditRow(tx.db, {
      at: ctx.now.toISOString(),
      actor_id: entry.actorId ?? ctx.actor?.userId ?? null,
      actor_role: entry.actorRole ?? ctx.actor?.roles.join(',') ?? null,
      action: entry.action,
      record_type: entry.recordType ?? null,
      record_id: entry.recordId ?? null,
      ip: ctx.ip || null,
      detail: toJsonColumn(withCoverage(ctx, entry.detail ?? {})),
    }),
  );
}

const AUDIT_COLUMNS = ['at', 'actor_id', 'actor_role', 'action', 'record_type', 'record_id', 'ip', 'detail'] as const;

/** Every audited use case writes this one statement: compiled once (fixed-shape.ts). */
const insertAuditRow = fixedShape(AUDIT_COLUMNS, (db, v) => db.insertInto('audit_log').values(v));

/** A request let in by coverage says so on every row it writes: `coverage` is the grant's id (decision 27). */
function withCoverage(ctx: RequestContext, detail: NonNullable<AuditEntry['detail']>): NonNullable<AuditEntry['detail']> {
  const grantId = coverageOf(ctx);
  return grantId ? { ...detail, coverage: grantId } : detail;
}
