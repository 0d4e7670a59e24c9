import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { consultationsPolicy } from './consultations.policy.js';
import { findConsultationRow, listConsultationRows, loadConsultation } from './consultations.repository.js';

export async function readConsultation(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const row = await findConsultationRow(tx.db, input.id);
    await authorizeClientRecord(tx, ctx, row, consultationsPolicy.read);
    await appendReadAudit(tx, ctx, { action: 'consultation.read', recordType: 'consultation', recordId: input.id });
    return (await loadConsultation(tx.db, input.id))!;
  });
}

export async function listConsultations(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, consultationsPolicy.read);
    const rows = await listConsultationRows(tx.db, input.id);
    await appendReadAudit(tx, ctx, { action: 'consultation.list', recordType: 'client', recordId: input.id });
    return {
      consultations: rows.map((r) => ({
        id: r.id,
        status: r.status,
        heldOn: r.held_on || null,
        decision: r.decision as 'proceed_to_preparation' | 'refer_medical_evaluation' | 'different_approach' | 'not_now' | null,
        authorName: r.author_name,
        signedAt: r.signed_at,
        updatedAt: r.updated_at,
      })),
    };
  });
}
