import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { enquiriesPolicy } from './enquiries.policy.js';
import { findEnquiry } from './enquiries.repository.js';
import { loadEnquiryDetail } from './read-enquiry.js';

/** Notes are kept, never edited: each has its author and time. */
export async function addEnquiryNote(deps: Deps, ctx: RequestContext, input: { id: string; body: string }) {
  const actor = authorize(ctx, enquiriesPolicy.work);
  return inTransaction(deps, async (tx) => {
    if (!(await findEnquiry(tx.db, input.id))) throw notFound();
    const noteId = uuidv7();
    await tx.db
      .insertInto('enquiry_notes')
      .values({ id: noteId, enquiry_id: input.id, author_id: actor.userId, body: input.body, created_at: ctx.now.toISOString() })
      .execute();
    await appendAudit(tx, ctx, { action: 'enquiry.note_add', recordType: 'enquiry', recordId: input.id, detail: { noteId } });
    return loadEnquiryDetail(tx, input.id);
  });
}
