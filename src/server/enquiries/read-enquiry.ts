import type { EnquiryDetail } from '../../contracts/enquiries.contracts.js';
import { type EnquiryStatus, nextStatuses } from '../../domain/enquiries/enquiry-status.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { enquiriesPolicy } from './enquiries.policy.js';
import { findEnquiry, listNotes, listStatusChanges } from './enquiries.repository.js';

/** Loads a request with its history and notes, shaped for the API. */
export async function loadEnquiryDetail(tx: Tx, id: string): Promise<EnquiryDetail> {
  const row = await findEnquiry(tx.db, id);
  if (!row) throw notFound();
  const [notes, history, client] = await Promise.all([
    listNotes(tx.db, id),
    listStatusChanges(tx.db, id),
    tx.db.selectFrom('clients').select('id').where('enquiry_id', '=', id).executeTakeFirst(),
  ]);
  const status = row.status as EnquiryStatus;
  return {
    id: row.id,
    receivedAt: row.received_at,
    name: row.name,
    email: row.email,
    phone: row.phone,
    preferredContact: row.preferred_contact,
    reason: row.reason,
    preferredTimes: row.preferred_times,
    heardAbout: row.heard_about,
    consentToContactAt: row.consent_to_contact_at,
    status,
    statusReason: row.status_reason,
    // "became_client" is offered here but reached only by opening a chart (POST /api/enquiries/:id/convert).
    nextStatuses: [...nextStatuses(status)],
    clientId: client?.id ?? null,
    history: history.map((h) => ({
      id: h.id,
      from: h.from_status as EnquiryStatus,
      to: h.to_status as EnquiryStatus,
      reason: h.reason,
      changedByName: h.changed_by_name,
      changedAt: h.changed_at,
    })),
    notes: notes.map((n) => ({ id: n.id, body: n.body, authorName: n.author_name, createdAt: n.created_at })),
  };
}

export async function readEnquiry(deps: Deps, ctx: RequestContext, input: { id: string }): Promise<EnquiryDetail> {
  authorize(ctx, enquiriesPolicy.work);
  return inTransaction(deps, async (tx) => {
    const detail = await loadEnquiryDetail(tx, input.id);
    await appendReadAudit(tx, ctx, { action: 'enquiry.read', recordType: 'enquiry', recordId: input.id });
    return detail;
  });
}
