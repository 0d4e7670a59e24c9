import { v7 as uuidv7 } from 'uuid';
import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { preparationPolicy } from './preparation.policy.js';
import { findNoteRow, loadNote } from './preparation.repository.js';

/** Corrections to a signed note are added beside it, with author and time; the original is never changed. */
export async function amendPrepNote(deps: Deps, ctx: RequestContext, input: { id: string; section: string; text: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, record } = await authorizeClientRecord(tx, ctx, await findNoteRow(tx.db, input.id), preparationPolicy.write);
    if (record.status !== 'signed') throw conflict('A draft can still be edited directly; amendments are for signed notes.', 'not_signed');
    const amendmentId = uuidv7();
    await tx.db
      .insertInto('preparation_note_amendments')
      .values({
        id: amendmentId,
        note_id: input.id,
        section: input.section,
        text: input.text,
        author_id: actor.userId,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'preparation.note_amend',
      recordType: 'preparation_note',
      recordId: input.id,
      detail: { amendmentId, section: input.section },
    });
    return (await loadNote(tx.db, input.id))!;
  });
}
