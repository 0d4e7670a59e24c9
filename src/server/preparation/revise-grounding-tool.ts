import type { GroundingToolBody } from '../../contracts/preparation.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeRecordWriter } from './preparation-access.js';
import { presentTool } from './present-preparation.js';
import { appendRevision, revisionsOfRecord } from './revisions.repository.js';

/** The therapist revises a practice with the client; the earlier versions stay. Retiring sets it aside, kept. */
export async function reviseGroundingTool(deps: Deps, ctx: RequestContext, input: GroundingToolBody & { id: string; retired: boolean }) {
  return inTransaction(deps, async (tx) => {
    const versions = await revisionsOfRecord<GroundingToolBody>(tx.db, input.id, 'grounding_tool');
    const writer = await authorizeRecordWriter(tx, ctx, versions[0]?.clientId, false);
    const { id, retired, ...body } = input;
    await appendRevision(tx.db, {
      recordId: id,
      clientId: writer.clientId,
      kind: 'grounding_tool',
      body,
      retired,
      authorKind: writer.authorKind,
      writtenBy: writer.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'preparation.tool_revise',
      recordType: 'grounding_tool',
      recordId: id,
      detail: { clientId: writer.clientId, retired },
    });
    return presentTool(await revisionsOfRecord(tx.db, id, 'grounding_tool'));
  });
}
