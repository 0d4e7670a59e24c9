import { v7 as uuidv7 } from 'uuid';
import { toJsonColumn } from '../../db/json-column.js';
import { instruments, type MeasureAnswers, safetyFlagsFor, scoreMeasure } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { getClinicalSettings } from '../medical/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { badRequest, conflict, notFound } from '../platform/errors.js';
import { raiseSafetyFlags } from '../safety-flags/index.js';
import { bandOf, totalOf } from './summarize-result.js';

export interface StoreResponseInput {
  clientId: string;
  instrumentId: InstrumentId;
  answers: Record<string, number | string>;
  assignmentId: string | null;
  entryMode: 'client' | 'clinician_with_client';
}

function toMeasureAnswers(answers: Record<string, number | string>): MeasureAnswers {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [Number(k), v])) as MeasureAnswers;
}

/**
 * Scores exactly (never a missing item as 0, never a clamped value), stores the completed response locked,
 * closes its assignment, and raises any safety flag — all in the caller's one transaction.
 */
export async function storeMeasureResponse(tx: Tx, deps: Deps, ctx: RequestContext, input: StoreResponseInput) {
  const answers = toMeasureAnswers(input.answers);
  const outcome = scoreMeasure(input.instrumentId, answers, { pcl5Threshold: (await getClinicalSettings(tx.db)).pcl5Threshold });
  if (outcome.status === 'invalid') {
    throw badRequest(
      'Some answers are not ones this questionnaire allows.',
      outcome.issues.map((issue) => ({ path: `answers.${issue.item}`, message: issue.message })),
    );
  }
  if (outcome.status === 'incomplete') {
    throw badRequest(
      `Some questions are not answered yet: ${outcome.missingItems.join(', ')}.`,
      outcome.missingItems.map((item) => ({ path: `answers.${item}`, message: 'please answer this question' })),
    );
  }
  if (input.assignmentId) {
    const assignment = await tx.db.selectFrom('measure_assignments').selectAll().where('id', '=', input.assignmentId).executeTakeFirst();
    if (!assignment || assignment.client_id !== input.clientId || assignment.instrument_id !== input.instrumentId) throw notFound();
    if (assignment.status !== 'open')
      throw conflict('This questionnaire has already been completed or was withdrawn.', 'assignment_closed');
  }

  const { status: _status, ...result } = outcome;
  const id = uuidv7();
  const at = ctx.now.toISOString();
  await tx.db
    .insertInto('measure_responses')
    .values({
      id,
      client_id: input.clientId,
      instrument_id: input.instrumentId,
      instrument_version: instruments[input.instrumentId].version,
      assignment_id: input.assignmentId,
      answers: toJsonColumn(input.answers),
      result: toJsonColumn(result),
      total: totalOf(result),
      band_code: bandOf(result)?.code ?? null,
      entry_mode: input.entryMode,
      entered_by: ctx.actor!.userId,
      completed_at: at,
    })
    .execute();
  if (input.assignmentId) {
    await tx.db
      .updateTable('measure_assignments')
      .set({ status: 'completed', closed_at: at })
      .where('id', '=', input.assignmentId)
      .execute();
  }
  await appendAudit(tx, ctx, {
    action: 'measure.record',
    recordType: 'measure_response',
    recordId: id,
    detail: { clientId: input.clientId, instrumentId: input.instrumentId, entryMode: input.entryMode },
  });
  const flags = safetyFlagsFor(input.instrumentId, answers, outcome);
  const flagsRaised = await raiseSafetyFlags(tx, deps, ctx, {
    clientId: input.clientId,
    sourceType: 'measure_response',
    sourceId: id,
    flags,
  });
  return { id, flagsRaised };
}
