import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { preparationPolicy } from './preparation.policy.js';
import { findNoteRow, listNoteRows, loadNote, presentNoteSummary } from './preparation.repository.js';

export async function readPrepNote(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClientRecord(tx, ctx, await findNoteRow(tx.db, input.id), preparationPolicy.read);
    await appendAudit(tx, ctx, { action: 'preparation.note_read', recordType: 'preparation_note', recordId: input.id });
    return (await loadNote(tx.db, input.id))!;
  });
}

export async function listPrepNotes(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, preparationPolicy.read);
    const rows = await listNoteRows(tx.db, input.id);
    await appendAudit(tx, ctx, { action: 'preparation.note_list', recordType: 'client', recordId: input.id });
    return { notes: rows.map(presentNoteSummary) };
  });
}
