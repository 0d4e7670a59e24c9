import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { consentPolicy } from './consent.policy.js';
import { findSignatureRow, presentSignature } from './consent.repository.js';
import { consentStanding } from './consent-standing.js';

/** Who has signed what, for the chart. */
export async function readClientConsents(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, consentPolicy.readClient);
    const standing = await consentStanding(tx.db, input.id);
    await appendAudit(tx, ctx, { action: 'consent.client_read', recordType: 'client', recordId: input.id });
    return {
      consents: standing.map(({ row: _row, signedVersion: _s, signatures, ...rest }) => ({
        ...rest,
        signatures: signatures.map(({ key: _k, title: _t, ...s }) => s),
      })),
    };
  });
}

/** One signed consent with the exact text that was signed, for reading and printing. */
export async function readConsentSignature(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { record } = await authorizeClientRecord(tx, ctx, await findSignatureRow(tx.db, input.id), consentPolicy.readClient);
    await appendAudit(tx, ctx, { action: 'consent.signature_read', recordType: 'consent_signature', recordId: input.id });
    return presentSignature(tx.db, record);
  });
}
