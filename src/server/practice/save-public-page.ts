import type { SavePublicPageBody } from '../../contracts/public-pages.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import type { PublicPageSlug } from './default-pages.js';
import { practicePolicy } from './practice.policy.js';
import { deletePublicPage, getPublicPage, savePublicPage } from './public-pages.repository.js';

export async function savePublicPageText(deps: Deps, ctx: RequestContext, input: SavePublicPageBody & { slug: PublicPageSlug }) {
  const actor = authorize(ctx, practicePolicy.editPages);
  return inTransaction(deps, async (tx) => {
    const at = ctx.now.toISOString();
    await savePublicPage(tx.db, { ...input, reviewedAt: input.reviewed ? at : null, by: actor.userId, at });
    await appendAudit(tx, ctx, {
      action: 'practice.page_update',
      recordType: 'public_page',
      recordId: input.slug,
      detail: { reviewed: input.reviewed },
    });
    return getPublicPage(tx.db, input.slug);
  });
}

/** Brings back Holdspace's default text for a page (the saved version is removed; the audit row remains). */
export async function restoreDefaultPage(deps: Deps, ctx: RequestContext, input: { slug: PublicPageSlug }) {
  authorize(ctx, practicePolicy.editPages);
  return inTransaction(deps, async (tx) => {
    await deletePublicPage(tx.db, input.slug);
    await appendAudit(tx, ctx, { action: 'practice.page_restore_default', recordType: 'public_page', recordId: input.slug });
    return getPublicPage(tx.db, input.slug);
  });
}
