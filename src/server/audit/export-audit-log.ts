import type { AuditExportQuery } from '../../contracts/audit.contracts.js';
import { actionWords } from '../../domain/audit/action-words.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { auditPolicy } from './audit.policy.js';
import { applyAuditFilters } from './audit-filters.js';

/** Enough for any real filter; past it the file says so in its last line rather than growing without end. */
const EXPORT_LIMIT = 50_000;
const COLUMNS = ['seq', 'at_utc', 'actor_id', 'actor_name', 'actor_role', 'action', 'what_happened', 'record_type', 'record_id', 'ip'];

/** A spreadsheet cell: quoted, and never read as a formula by the program that opens it. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The filtered rows as CSV: ids, codes and the staff member's name (the people who may export the log
 * may see staff names). No detail and no client names, so nothing clinical leaves in the file.
 */
export async function exportAuditLog(deps: Deps, ctx: RequestContext, query: AuditExportQuery): Promise<string> {
  authorize(ctx, auditPolicy.browse);
  return inTransaction(deps, async (tx) => {
    const { timeZone } = await getPracticeSettings(tx.db);
    const base = tx.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select([
        'audit_log.seq',
        'audit_log.at',
        'audit_log.actor_id',
        'audit_log.actor_role',
        'audit_log.action',
        'audit_log.record_type',
        'audit_log.record_id',
        'audit_log.ip',
        'users.display_name as actor_name',
      ]);
    const rows = await applyAuditFilters(base, query, timeZone).orderBy('audit_log.seq', 'desc').limit(EXPORT_LIMIT).execute();
    await appendAudit(tx, ctx, { action: 'audit.export', detail: { rows: rows.length, ...filterCodes(query) } });
    const lines = rows.map((r) =>
      [r.seq, r.at, r.actor_id, r.actor_name, r.actor_role, r.action, actionWords(r.action), r.record_type, r.record_id, r.ip]
        .map((v) => csvCell(v === undefined ? null : (v as string | number | null)))
        .join(','),
    );
    return `${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
  });
}

/** Which filters were used (ids and codes only), so the audit row says what was taken away. */
function filterCodes(query: AuditExportQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
}
