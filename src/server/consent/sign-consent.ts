import { v7 as uuidv7 } from 'uuid';
import { requireClientActor } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { findSignatureRow, findVersionRow, presentSignature } from './consent.repository.js';
import { consentStanding } from './consent-standing.js';

/**
 * The client signs in the portal: their typed full name and an explicit tick. The exact text of the version,
 * the time and the address are kept with the signature, which a trigger then locks for good.
 */
export async function signConsent(deps: Deps, ctx: RequestContext, input: { id: string; typedName: string; agreed: true }) {
  const actor = requireClientActor(ctx);
  return inTransaction(deps, async (tx) => {
    const version = await findVersionRow(tx.db, input.id);
    if (!version || version.retired_at) throw notFound();
    const standing = (await consentStanding(tx.db, actor.clientId)).find((s) => s.documentId === version.document_id);
    if (!standing || standing.currentVersionId !== version.id)
      throw conflict('A newer version of this document has been published; please read and sign that one.', 'superseded');
    if (standing.state === 'signed_current') throw conflict('You have already signed this version.', 'already_signed');
    const id = uuidv7();
    await tx.db
      .insertInto('consent_signatures')
      .values({
        id,
        client_id: actor.clientId,
        document_id: version.document_id,
        version_id: version.id,
        version: version.version,
        title: version.title,
        body_markdown: version.body_markdown,
        typed_name: input.typedName,
        agreed: input.agreed ? 1 : 0,
        signed_at: ctx.now.toISOString(),
        ip_address: ctx.ip,
        user_id: actor.userId,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'consent.sign',
      recordType: 'consent_signature',
      recordId: id,
      detail: { clientId: actor.clientId, versionId: version.id, version: version.version },
    });
    return presentSignature(tx.db, (await findSignatureRow(tx.db, id))!);
  });
}
