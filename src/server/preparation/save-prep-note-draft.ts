import { v7 as uuidv7 } from 'uuid';
import type { PrepNoteDraftBody } from '../../contracts/preparation.contracts.js';
import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { preparationPolicy } from './preparation.policy.js';
import { findNoteRow, loadNote, noteColumns } from './preparation.repository.js';

/** A new draft note for a preparation session; saved half-done as often as needed, locked only when signed. */
export async function startPrepNote(deps: Deps, ctx: RequestContext, input: PrepNoteDraftBody & { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, preparationPolicy.write);
    const id = uuidv7();
    const at = ctx.now.toISOString();
    await tx.db
      .insertInto('preparation_notes')
      .values({
        id,
        client_id: input.clientId,
        author_id: actor.userId,
        ...noteColumns(input),
        status: 'draft',
        signed_at: null,
        signed_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'preparation.note_create',
      recordType: 'preparation_note',
      recordId: id,
      detail: { clientId: input.clientId },
    });
    return (await loadNote(tx.db, id))!;
  });
}

/** The autosave: the screen sends the whole draft; nothing typed is lost on navigation. */
export async function savePrepNoteDraft(deps: Deps, ctx: RequestContext, input: PrepNoteDraftBody & { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { record } = await authorizeClientRecord(tx, ctx, await findNoteRow(tx.db, input.id), preparationPolicy.write);
    if (record.status === 'signed')
      throw conflict('This note is signed and locked. Add an amendment instead; the original stays as it was.', 'record_locked');
    await tx.db
      .updateTable('preparation_notes')
      .set({ ...noteColumns(input), updated_at: ctx.now.toISOString() })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(tx, ctx, { action: 'preparation.note_update', recordType: 'preparation_note', recordId: input.id });
    return (await loadNote(tx.db, input.id))!;
  });
}
