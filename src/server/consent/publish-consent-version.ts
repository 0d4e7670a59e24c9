import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { consentPolicy } from './consent.policy.js';
import { clientsOnCurrentCourse, loadDocuments } from './consent.repository.js';
import type { ConsentText } from './create-consent-document.js';

/**
 * A new version never changes the old one (signatures keep the exact text they signed). Publishing asks
 * everyone on a current course to sign again: the new version is what the portal and the gate now ask for.
 */
export async function publishConsentVersion(deps: Deps, ctx: RequestContext, input: ConsentText & { documentId: string }) {
  const actor = authorize(ctx, consentPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const doc = await tx.db
      .selectFrom('consent_documents')
      .select(['id', 'retired_at'])
      .where('id', '=', input.documentId)
      .executeTakeFirst();
    if (!doc) throw notFound();
    const last = await tx.db
      .selectFrom('consent_document_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('document_id', '=', doc.id)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    const versionId = uuidv7();
    await tx.db
      .insertInto('consent_document_versions')
      .values({
        id: versionId,
        document_id: doc.id,
        version,
        title: input.title,
        body_markdown: input.bodyMarkdown,
        required: input.required ? 1 : 0,
        is_template: 0,
        published_at: ctx.now.toISOString(),
        published_by: actor.userId,
      })
      .execute();
    const asked = await clientsOnCurrentCourse(tx.db);
    await appendAudit(tx, ctx, {
      action: 'consent.version_publish',
      recordType: 'consent_document',
      recordId: doc.id,
      detail: { versionId, version, required: input.required, reconsentRequested: asked.length },
    });
    return { document: (await loadDocuments(tx.db, doc.id))[0]!, reconsentRequested: asked.length };
  });
}
