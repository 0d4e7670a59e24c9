import { checkStatusChange, ENQUIRY_STATUS_LABELS, type EnquiryStatus } from '../../domain/enquiries/enquiry-status.js';
import { enquiriesPolicy } from '../enquiries/enquiries.policy.js';
import { findEnquiry, recordStatusChange } from '../enquiries/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { clientsPolicy } from './clients.policy.js';
import { openChart } from './create-client.js';

/** A request becomes a client: the chart takes what they told us, and the request is marked "became a client". */
export async function convertEnquiry(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; therapistId: string | null; prescriberId: string | null },
) {
  authorize(ctx, enquiriesPolicy.work);
  const actor = authorize(ctx, clientsPolicy.create);
  return inTransaction(deps, async (tx) => {
    const enquiry = await findEnquiry(tx.db, input.id);
    if (!enquiry) throw notFound();
    const from = enquiry.status as EnquiryStatus;
    if (checkStatusChange(from, 'became_client', null)) {
      throw conflict(
        `This request is ${ENQUIRY_STATUS_LABELS[from].toLowerCase()}. Mark it contacted or consultation scheduled before opening a chart.`,
        'status_change_not_allowed',
      );
    }
    const client = await openChart(tx, ctx, {
      legalName: enquiry.name,
      preferredName: '',
      pronouns: '',
      dateOfBirth: null,
      email: enquiry.email,
      phone: enquiry.phone,
      address: '',
      emergencyContactName: '',
      emergencyContactPhone: '',
      emergencyContactRelationship: '',
      supportPersonName: '',
      supportPersonPhone: '',
      supportPersonRelationship: '',
      therapistId: input.therapistId,
      prescriberId: input.prescriberId,
      enquiryId: enquiry.id,
    });
    await recordStatusChange(tx.db, {
      enquiryId: enquiry.id,
      from,
      to: 'became_client',
      reason: null,
      by: actor.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'enquiry.status_change',
      recordType: 'enquiry',
      recordId: enquiry.id,
      detail: { from, to: 'became_client', clientId: client.id },
    });
    return client;
  });
}
