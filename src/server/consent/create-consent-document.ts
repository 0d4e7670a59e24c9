import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { invalidField } from '../platform/errors.js';
import { consentPolicy } from './consent.policy.js';
import { loadDocuments } from './consent.repository.js';

export interface ConsentText {
  title: string;
  bodyMarkdown: string;
  required: boolean;
}

/** A new consent document, published at version 1. */
export async function createConsentDocument(deps: Deps, ctx: RequestContext, input: ConsentText & { key: string }) {
  const actor = authorize(ctx, consentPolicy.manage);
  return inTransaction(deps, async (tx) => {
    const taken = await tx.db.selectFrom('consent_documents').select('id').where('key', '=', input.key).executeTakeFirst();
    if (taken) throw invalidField('key', 'another document already uses this key');
    const id = uuidv7();
    const versionId = uuidv7();
    const at = ctx.now.toISOString();
    await tx.db
      .insertInto('consent_documents')
      .values({ id, key: input.key, created_at: at, created_by: actor.userId, retired_at: null })
      .execute();
    await tx.db
      .insertInto('consent_document_versions')
      .values({
        id: versionId,
        document_id: id,
        version: 1,
        title: input.title,
        body_markdown: input.bodyMarkdown,
        required: input.required ? 1 : 0,
        is_template: 0,
        published_at: at,
        published_by: actor.userId,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'consent.document_create',
      recordType: 'consent_document',
      recordId: id,
      detail: { versionId, required: input.required },
    });
    return (await loadDocuments(tx.db, id))[0]!;
  });
}
