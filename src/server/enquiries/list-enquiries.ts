import type { EnquiryListQuery } from '../../contracts/enquiries.contracts.js';
import type { EnquiryStatus } from '../../domain/enquiries/enquiry-status.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { enquiriesPolicy } from './enquiries.policy.js';
import { countByStatus, listEnquiries, QUEUE_PAGE_SIZE } from './enquiries.repository.js';

export async function listEnquiryQueue(deps: Deps, ctx: RequestContext, query: EnquiryListQuery) {
  authorize(ctx, enquiriesPolicy.work);
  return inTransaction(deps, async (tx) => {
    const { rows, total } = await listEnquiries(tx.db, query);
    const counts = await countByStatus(tx.db);
    // The list shows names: which requests were seen is recorded by id.
    await appendReadAudit(tx, ctx, { action: 'enquiry.list', recordType: 'enquiry', detail: { ids: rows.map((r) => r.id) } });
    return {
      enquiries: rows.map((row) => ({
        id: row.id,
        receivedAt: row.received_at,
        name: row.name,
        preferredContact: row.preferred_contact,
        status: row.status as EnquiryStatus,
        statusChangedAt: row.status_changed_at,
        noteCount: Number(row.note_count ?? 0),
      })),
      total,
      page: query.page,
      pageSize: QUEUE_PAGE_SIZE,
      counts,
    };
  });
}
