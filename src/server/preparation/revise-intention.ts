import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeRecordWriter } from './preparation-access.js';
import { type IntentionBodyStored, presentIntention } from './present-preparation.js';
import { appendRevision, revisionsOfRecord } from './revisions.repository.js';

/** Revising keeps every earlier wording: the new text is a new version, with who wrote it and when. */
export async function reviseIntention(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; text: string; retired: boolean; viaPortal: boolean },
) {
  return inTransaction(deps, async (tx) => {
    const versions = await revisionsOfRecord<IntentionBodyStored>(tx.db, input.id, 'intention');
    const writer = await authorizeRecordWriter(tx, ctx, versions[0]?.clientId, input.viaPortal);
    await appendRevision(tx.db, {
      recordId: input.id,
      clientId: writer.clientId,
      kind: 'intention',
      body: { kind: versions[0]!.body.kind, text: input.text },
      retired: input.retired,
      authorKind: writer.authorKind,
      writtenBy: writer.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'preparation.intention_revise',
      recordType: 'intention',
      recordId: input.id,
      detail: { clientId: writer.clientId, by: writer.authorKind, retired: input.retired },
    });
    return presentIntention(await revisionsOfRecord(tx.db, input.id, 'intention'));
  });
}
