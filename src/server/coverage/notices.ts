import type { Notice } from '../../contracts/coverage.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { markNoticeSeen, noticesOf } from './coverage.repository.js';

function message(kind: string, opener: string | null, client: string | null, endsAt: string | null): string {
  if (kind === 'coverage_opened') {
    return `${opener ?? 'A colleague'} opened ${client ?? 'a client'}’s chart for coverage, until ${endsAt ?? 'the window ends'}.`;
  }
  return 'Something changed that you may want to know about.';
}

/** The signed-in person's notices, for the dashboard. They name a client on their own team, so reading is audited. */
export async function listNotices(deps: Deps, ctx: RequestContext): Promise<{ notices: Notice[] }> {
  const actor = requireSignedIn(ctx);
  return inTransaction(deps, async (tx) => {
    const rows = await noticesOf(tx.db, actor.userId);
    const notices = rows.map((r) => {
      const clientName = r.client_id ? r.preferred_name || r.legal_name || null : null;
      return {
        id: r.id,
        kind: r.kind,
        clientId: r.client_id,
        clientName,
        message: message(r.kind, r.opener_name, clientName, r.ends_at),
        reason: r.reason,
        createdAt: r.created_at,
        seenAt: r.seen_at,
      };
    });
    await appendAudit(tx, ctx, { action: 'notice.list', recordType: 'notice', detail: { ids: notices.map((n) => n.id) } });
    return { notices };
  });
}

export async function seeNotice(deps: Deps, ctx: RequestContext, input: { id: string }) {
  const actor = requireSignedIn(ctx);
  return inTransaction(deps, async (tx) => {
    if (!(await markNoticeSeen(tx.db, input.id, actor.userId, ctx.now.toISOString()))) throw notFound();
    await appendAudit(tx, ctx, { action: 'notice.seen', recordType: 'notice', recordId: input.id });
    return { seen: true };
  });
}
