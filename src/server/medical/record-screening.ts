import { v7 as uuidv7 } from 'uuid';
import { toJsonColumn } from '../../db/json-column.js';
import { checkScreening, type ScreeningAnswers } from '../../domain/medical/screening-checklist.js';
import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest } from '../platform/errors.js';
import { medicalPolicy } from './medical.policy.js';
import { presentScreening, screeningsOf } from './medical.repository.js';

/** The prescriber's contraindication checklist, every item answered yes / no / unknown. Recorded, never decided. */
export async function recordScreening(deps: Deps, ctx: RequestContext, input: { id: string; answers: ScreeningAnswers; notes: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.id, medicalPolicy.record);
    const issues = checkScreening(input.answers);
    if (issues.length > 0)
      throw badRequest(
        'Please answer every item on the checklist.',
        issues.map((i) => ({ path: `answers.${i.item}`, message: i.message })),
      );
    const id = uuidv7();
    await tx.db
      .insertInto('medical_screenings')
      .values({
        id,
        client_id: input.id,
        prescriber_id: actor.userId,
        answers: toJsonColumn(input.answers),
        notes: input.notes,
        recorded_at: ctx.now.toISOString(),
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'medical.screening_record',
      recordType: 'medical_screening',
      recordId: id,
      detail: { clientId: input.id },
    });
    const row = (await screeningsOf(tx.db, input.id)).find((s) => s.id === id)!;
    return presentScreening(row, true);
  });
}
