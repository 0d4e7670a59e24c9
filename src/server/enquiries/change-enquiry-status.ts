import { checkStatusChange, ENQUIRY_STATUS_LABELS, type EnquiryStatus } from '../../domain/enquiries/enquiry-status.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, invalidField, notFound } from '../platform/errors.js';
import { enquiriesPolicy } from './enquiries.policy.js';
import { findEnquiry, recordStatusChange } from './enquiries.repository.js';
import { loadEnquiryDetail } from './read-enquiry.js';

export async function changeEnquiryStatus(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; status: EnquiryStatus; reason?: string | undefined },
) {
  const actor = authorize(ctx, enquiriesPolicy.work);
  return inTransaction(deps, async (tx) => {
    const enquiry = await findEnquiry(tx.db, input.id);
    if (!enquiry) throw notFound();
    const from = enquiry.status as EnquiryStatus;
    if (input.status === 'became_client') {
      throw conflict(
        'A request becomes a client by opening their chart, so the chart and the request stay linked. Use “Open a chart”.',
        'use_open_a_chart',
      );
    }
    const reason = input.reason?.trim() || null;
    const problem = checkStatusChange(from, input.status, reason);
    if (problem === 'reason_required')
      throw invalidField('reason', 'Please say why, so the decision is clear to anyone who reads it later.');
    if (problem === 'not_allowed') {
      throw conflict(
        `This request is ${ENQUIRY_STATUS_LABELS[from].toLowerCase()}; it cannot move to “${ENQUIRY_STATUS_LABELS[input.status]}” from there.`,
        'status_change_not_allowed',
      );
    }
    await recordStatusChange(tx.db, { enquiryId: input.id, from, to: input.status, reason, by: actor.userId, at: ctx.now.toISOString() });
    await appendAudit(tx, ctx, {
      action: 'enquiry.status_change',
      recordType: 'enquiry',
      recordId: input.id,
      detail: { from, to: input.status },
    });
    return loadEnquiryDetail(tx, input.id);
  });
}
