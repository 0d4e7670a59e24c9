import { mayRequestCoverage } from '../../domain/access/coverage.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { grantsOf, openFlagsOffTeam } from './coverage.repository.js';

/** My open coverage windows: the chart shows its banner from these. */
export async function listMyCoverage(deps: Deps, ctx: RequestContext) {
  const actor = requireSignedIn(ctx);
  const rows = actor.kind === 'staff' ? await grantsOf(deps.db, actor.userId, ctx.now) : [];
  return { grants: rows.map((g) => ({ id: g.id, clientId: g.client_id, startedAt: g.started_at, endsAt: g.ends_at })) };
}

/**
 * Open safety flags on charts this clinician can reach only by coverage: any clinician of the practice is
 * offered the path. Names and urgency only — what the flag says is for after the chart is opened. Audited,
 * since it names clients.
 */
export async function listCoverageOffers(deps: Deps, ctx: RequestContext) {
  const actor = requireSignedIn(ctx);
  if (actor.kind !== 'staff' || !mayRequestCoverage(actor.roles)) return { offers: [] };
  return inTransaction(deps, async (tx) => {
    const rows = await openFlagsOffTeam(tx.db, actor.userId);
    const offers = rows.map((r) => ({
      flagId: r.id,
      clientId: r.client_id,
      clientName: r.preferred_name || r.legal_name,
      urgency: r.urgency,
      raisedAt: r.raised_at,
    }));
    await appendReadAudit(tx, ctx, {
      action: 'coverage.offers_list',
      recordType: 'safety_flag',
      detail: { ids: offers.map((o) => o.flagId) },
    });
    return { offers };
  });
}
