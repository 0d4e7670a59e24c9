import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { canonicalJson } from '../../../domain/audit/canonical-json.js';
import type { RequestContext } from '../context.js';
import type { Tx } from '../deps.js';
import { type AuditEntry, appendAudit } from './append-audit.js';

/**
 * A person re-reading what they just read (a chart refetched as they move between tabs) is one
 * access, not many: within this window the same read adds no row. Five minutes is shorter than any
 * session and than the gap between two visits to a chart the trail should tell apart, and long enough
 * to absorb a screen's refetches (docs/decisions/0015-audit-sealed-in-batches.md).
 */
export const READ_AUDIT_WINDOW_MS = 5 * 60_000;

/** Same person, same action, same record, and the same answer (a list's ids are in the detail). */
function readMarkKey(actorId: string, entry: AuditEntry): string {
  const what = {
    actorId,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    detail: entry.detail ?? {},
  };
  return createHash('sha256').update(canonicalJson(what)).digest('hex');
}

/**
 * Every read of client data goes through here. The mark is checked first, so a refetch inside the
 * window writes nothing at all and its transaction stays read-only; only a read that is audited
 * writes its row and refreshes its mark, both in the reader's transaction.
 */
export async function appendReadAudit(tx: Tx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  tx.markAudited();
  const actorId = entry.actorId ?? ctx.actor?.userId;
  if (!actorId) return appendAudit(tx, ctx, entry);
  const key = readMarkKey(actorId, entry);
  const now = ctx.now.toISOString();
  const mark = await tx.db.selectFrom('audit_read_marks').select('audited_at').where('key', '=', key).executeTakeFirst();
  const since = mark ? ctx.now.getTime() - Date.parse(mark.audited_at) : Number.POSITIVE_INFINITY;
  if (since >= 0 && since < READ_AUDIT_WINDOW_MS) return;
  await appendAudit(tx, ctx, entry);
  await tx.db
    .insertInto('audit_read_marks')
    .values({ key, audited_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ audited_at: now }))
    .execute();
}

/** Marks older than the window decide nothing any more; the sealer clears them now and then. */
export async function pruneReadMarks(db: Kysely<Database>, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - READ_AUDIT_WINDOW_MS).toISOString();
  await db.deleteFrom('audit_read_marks').where('audited_at', '<', cutoff).execute();
}
