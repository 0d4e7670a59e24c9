import type { IntentionKind } from '../../domain/preparation/vocabulary.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeWriter } from './preparation-access.js';
import { presentIntention } from './present-preparation.js';
import { appendRevision, revisionsOfRecord } from './revisions.repository.js';

/** A goal or intention, written by the therapist from the chart (`clientId`) or by the client in the portal (null). */
export async function addIntention(deps: Deps, ctx: RequestContext, input: { clientId: string | null; kind: IntentionKind; text: string }) {
  return inTransaction(deps, async (tx) => {
    const writer = await authorizeWriter(tx, ctx, input.clientId);
    const id = await appendRevision(tx.db, {
      clientId: writer.clientId,
      kind: 'intention',
      body: { kind: input.kind, text: input.text },
      authorKind: writer.authorKind,
      writtenBy: writer.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'preparation.intention_add',
      recordType: 'intention',
      recordId: id,
      detail: { clientId: writer.clientId, by: writer.authorKind },
    });
    return presentIntention(await revisionsOfRecord(tx.db, id, 'intention'));
  });
}
