import { v7 as uuidv7 } from 'uuid';
import type { EnquiryForm } from '../../contracts/enquiries.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { tooManyRequests } from '../platform/errors.js';
import { retryAfterSeconds, takeAttempt } from '../platform/throttle.js';
import { insertEnquiry } from './enquiries.repository.js';

export type SubmitEnquiryResult = { outcome: 'received'; id: string } | { outcome: 'discarded' };

const TOO_MANY =
  'We have received several requests from this connection in the last hour. Please try again later, or contact the practice by phone or email.';

/** Stored in one transaction before the visitor sees the confirmation. No account needed. */
export async function submitEnquiry(deps: Deps, ctx: RequestContext, form: EnquiryForm): Promise<SubmitEnquiryResult> {
  return inTransaction(deps, async (tx) => {
    const key = `enquiry:address:${ctx.ip}`;
    // Counted first, under the throttle row's lock, so concurrent requests cannot all slip under the limit.
    if (!(await takeAttempt(tx, key, deps.config.limits.enquiryPerAddress, ctx.now))) {
      throw tooManyRequests(TOO_MANY, retryAfterSeconds(deps.config.limits.enquiryPerAddress));
    }
    // A filled honeypot means a bot: it sees the usual confirmation and nothing is kept.
    if (form.website.trim() !== '') {
      await appendAudit(tx, ctx, { action: 'enquiry.discard_spam' });
      return { outcome: 'discarded' };
    }
    const id = uuidv7();
    const at = ctx.now.toISOString();
    await insertEnquiry(tx.db, {
      id,
      received_at: at,
      name: form.name,
      email: form.email?.toLowerCase() ?? null,
      phone: form.phone ?? null,
      preferred_contact: form.preferredContact,
      reason: form.reason,
      preferred_times: form.preferredTimes,
      heard_about: form.heardAbout,
      consent_to_contact_at: at,
      status: 'new',
      status_reason: null,
      status_changed_at: at,
      updated_at: at,
    });
    await appendAudit(tx, ctx, { action: 'enquiry.create', recordType: 'enquiry', recordId: id });
    return { outcome: 'received', id };
  });
}
