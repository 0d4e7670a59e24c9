import { requireClientActor } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { findVersionRow, practiceWords, presentVersion } from './consent.repository.js';
import { consentStanding } from './consent-standing.js';

/** What the client is asked to sign (every current version not yet signed) and what they have signed. */
export async function listPortalConsents(deps: Deps, ctx: RequestContext) {
  const actor = requireClientActor(ctx);
  return inTransaction(deps, async (tx) => {
    const standing = await consentStanding(tx.db, actor.clientId);
    await appendAudit(tx, ctx, { action: 'portal.consents', recordType: 'client', recordId: actor.clientId });
    return {
      toSign: standing
        .filter((s) => s.state !== 'signed_current')
        .map((s) => ({ id: s.currentVersionId, key: s.key, version: s.currentVersion, title: s.title, required: s.required })),
      signed: standing.flatMap((s) =>
        s.signatures.map((sig) => ({ id: sig.id, key: sig.key, version: sig.version, title: sig.title, signedAt: sig.signedAt })),
      ),
    };
  });
}

/** The text of one version, to read before signing. Any published version may be read; only the current one signed. */
export async function readPortalConsentVersion(deps: Deps, ctx: RequestContext, input: { id: string }) {
  const actor = requireClientActor(ctx);
  return inTransaction(deps, async (tx) => {
    const row = await findVersionRow(tx.db, input.id);
    if (!row) throw notFound();
    await appendAudit(tx, ctx, {
      action: 'portal.consent_read',
      recordType: 'consent_version',
      recordId: input.id,
      detail: { clientId: actor.clientId },
    });
    return presentVersion(row, await practiceWords(tx.db));
  });
}
