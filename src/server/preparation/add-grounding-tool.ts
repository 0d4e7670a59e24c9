import type { GroundingToolBody } from '../../contracts/preparation.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeWriter } from './preparation-access.js';
import { presentTool } from './present-preparation.js';
import { appendRevision, revisionsOfRecord } from './revisions.repository.js';

/** A grounding or regulation practice that works for this person, from the chart or the client's own portal. */
export async function addGroundingTool(deps: Deps, ctx: RequestContext, input: GroundingToolBody & { clientId: string | null }) {
  return inTransaction(deps, async (tx) => {
    const writer = await authorizeWriter(tx, ctx, input.clientId);
    const { clientId: _c, ...body } = input;
    const id = await appendRevision(tx.db, {
      clientId: writer.clientId,
      kind: 'grounding_tool',
      body,
      authorKind: writer.authorKind,
      writtenBy: writer.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'preparation.tool_add',
      recordType: 'grounding_tool',
      recordId: id,
      detail: { clientId: writer.clientId, by: writer.authorKind, kind: input.kind },
    });
    return presentTool(await revisionsOfRecord(tx.db, id, 'grounding_tool'));
  });
}
