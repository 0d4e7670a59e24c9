import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { consentPolicy } from './consent.policy.js';
import { loadDocuments } from './consent.repository.js';

export async function listConsentDocuments(deps: Deps, ctx: RequestContext) {
  authorize(ctx, consentPolicy.readDocuments);
  return inTransaction(deps, async (tx) => {
    const documents = await loadDocuments(tx.db);
    await appendAudit(tx, ctx, { action: 'consent.document_list', recordType: 'consent_document' });
    return { documents };
  });
}
