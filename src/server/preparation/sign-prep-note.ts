import { prepNoteMissingForSignature } from '../../domain/preparation/prep-note.js';
import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest, conflict } from '../platform/errors.js';
import { preparationPolicy } from './preparation.policy.js';
import { findNoteRow, loadNote } from './preparation.repository.js';

/** Signing locks the note for good (a database trigger refuses any later change). */
export async function signPrepNote(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record } = await authorizeClientRecord(tx, ctx, await findNoteRow(tx.db, input.id), preparationPolicy.write);
    if (record.status === 'signed') throw conflict('This note is already signed.', 'record_locked');
    const missing = prepNoteMissingForSignature({
      heldOn: record.held_on,
      explored: record.explored,
      practised: record.practised,
      nextSteps: record.next_steps,
    });
    if (missing.length > 0)
      throw badRequest(
        'The note is not ready to sign yet.',
        missing.map((m) => ({ path: m.field, message: m.message })),
      );
    const at = ctx.now.toISOString();
    await tx.db
      .updateTable('preparation_notes')
      .set({ status: 'signed', signed_at: at, signed_by: actor.userId, updated_at: at })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'preparation.note_sign',
      recordType: 'preparation_note',
      recordId: input.id,
      detail: { clientId: record.client_id },
    });
    return (await loadNote(tx.db, input.id))!;
  });
}
