import { toJsonColumn } from '../../db/json-column.js';
import { instruments, type MeasureIssue, type MeasureResult, scoreMeasure } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { getClinicalSettings } from '../medical/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { badRequest, conflict, notFound } from '../platform/errors.js';
import { markDraftSent, toMeasureAnswers } from './measure-drafts.repository.js';
import { type DraftTarget, refuseWrongAnswers, saveDraftAnswers } from './save-draft-answers.js';
import { bandOf, totalOf } from './summarize-result.js';

export interface StoreResponseInput {
  clientId: string;
  instrumentId: InstrumentId;
  answers: Record<string, unknown>;
  assignmentId: string | null;
  entryMode: 'client' | 'clinician_with_client';
  /** A clinician's entry saved as a draft so far; the response keeps its id. */
  entryId?: string | undefined;
}

export type StoredResponse =
  | {
      outcome: 'stored';
      id: string;
      status: 'complete' | 'incomplete';
      flagsRaised: Awaited<ReturnType<typeof saveDraftAnswers>>['flagsRaised'];
    }
  | { outcome: 'refused'; issues: readonly MeasureIssue[] };

async function checkAssignment(tx: Tx, input: StoreResponseInput) {
  if (!input.assignmentId) return;
  const assignment = await tx.db.selectFrom('measure_assignments').selectAll().where('id', '=', input.assignmentId).executeTakeFirst();
  if (!assignment || assignment.client_id !== input.clientId || assignment.instrument_id !== input.instrumentId) throw notFound();
  if (assignment.status !== 'open') throw conflict('This questionnaire has already been completed or was withdrawn.', 'assignment_closed');
}

/**
 * Sends a response, in the caller's one transaction. The answers are first saved as the draft (so any
 * disclosure raises its flag even when the response is then sent back), then: complete → scored exactly and
 * locked; questions unanswered → kept as incomplete and locked, never scored; answers that contradict the
 * instrument's rules (ASQ question 5 after four "no"s) → refused, with the draft and its flag kept.
 */
export async function storeMeasureResponse(tx: Tx, deps: Deps, ctx: RequestContext, input: StoreResponseInput): Promise<StoredResponse> {
  const answers = refuseWrongAnswers(input.instrumentId, input.answers);
  await checkAssignment(tx, input);
  const target: DraftTarget = {
    clientId: input.clientId,
    instrumentId: input.instrumentId,
    entryMode: input.entryMode,
    key: input.entryMode === 'client' && input.assignmentId ? { assignmentId: input.assignmentId } : { entryId: input.entryId },
  };
  const draft = await saveDraftAnswers(tx, deps, ctx, target, answers);
  const outcome = scoreMeasure(input.instrumentId, toMeasureAnswers(answers), {
    pcl5Threshold: (await getClinicalSettings(tx.db)).pcl5Threshold,
  });
  if (outcome.status === 'invalid') return { outcome: 'refused', issues: outcome.issues };

  const at = ctx.now.toISOString();
  const { status, ...rest } = outcome;
  const scored = outcome.status === 'complete' ? (rest as MeasureResult) : null;
  // An incomplete response keeps only which questions are missing: it is never scored.
  const result = scored ?? { missingItems: outcome.status === 'incomplete' ? outcome.missingItems : [] };
  await tx.db
    .insertInto('measure_responses')
    .values({
      id: draft.id,
      client_id: input.clientId,
      instrument_id: input.instrumentId,
      instrument_version: instruments[input.instrumentId].version,
      assignment_id: input.assignmentId,
      answers: toJsonColumn(answers),
      result: toJsonColumn(result),
      total: scored ? totalOf(scored) : null,
      band_code: scored ? (bandOf(scored)?.code ?? null) : null,
      entry_mode: input.entryMode,
      entered_by: ctx.actor!.userId,
      completed_at: at,
      status,
    })
    .execute();
  await markDraftSent(tx, draft.id, at);
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
    recordId: draft.id,
    detail: { clientId: input.clientId, instrumentId: input.instrumentId, entryMode: input.entryMode, status },
  });
  return { outcome: 'stored', id: draft.id, status, flagsRaised: draft.flagsRaised };
}

/** After the transaction committed the draft (and any flag), a refused response is answered with a 400. */
export function refusedResponse(issues: readonly MeasureIssue[]) {
  return badRequest(
    'Some answers do not fit together, so the questionnaire was not sent. The answers are kept as a draft on the chart, and any safety flag they raised stands.',
    issues.map((issue) => ({ path: `answers.${issue.item}`, message: issue.message })),
  );
}
