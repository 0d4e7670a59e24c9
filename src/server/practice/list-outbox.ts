import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { practicePolicy } from './practice.policy.js';

/** Mail can carry names and invitation links, so reading the outbox is audited. */
export async function listOutbox(deps: Deps, ctx: RequestContext) {
  authorize(ctx, practicePolicy.readOutbox);
  return inTransaction(deps, async (tx) => {
    const rows = await tx.db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(100).execute();
    await appendReadAudit(tx, ctx, { action: 'outbox.read' });
    return {
      smtpConfigured: deps.mail.configured,
      mail: rows.map((row) => ({
        id: row.id,
        createdAt: row.created_at,
        to: row.to_address,
        subject: row.subject,
        text: row.body_text,
        purpose: row.purpose,
        status: row.status,
        sentAt: row.sent_at,
        error: row.error,
      })),
    };
  });
}
