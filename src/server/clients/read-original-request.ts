import type { OriginalRequest } from '../../contracts/clients.contracts.js';
import { findEnquiry } from '../enquiries/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';

/**
 * What the person wrote when they first asked for a consultation, shown on the chart as they wrote it.
 * Read-only: the request stays as it arrived. A chart opened by hand has no request (`request: null`).
 */
export async function readOriginalRequest(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string },
): Promise<{ request: OriginalRequest | null }> {
  return inTransaction(deps, async (tx) => {
    const { client } = await authorizeClient(tx, ctx, input.id, clientsPolicy.readOriginalRequest);
    const enquiry = client.enquiry_id ? await findEnquiry(tx.db, client.enquiry_id) : undefined;
    await appendReadAudit(tx, ctx, {
      action: 'client.original_request_read',
      recordType: 'client',
      recordId: client.id,
      detail: { enquiryId: enquiry?.id ?? null },
    });
    if (!enquiry) return { request: null };
    return {
      request: {
        receivedAt: enquiry.received_at,
        reason: enquiry.reason,
        preferredTimes: enquiry.preferred_times,
        heardAbout: enquiry.heard_about,
        preferredContact: enquiry.preferred_contact,
      },
    };
  });
}
