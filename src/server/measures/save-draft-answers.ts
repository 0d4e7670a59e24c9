import { v7 as uuidv7 } from 'uuid';
import { answerIssues, draftFlags, flagsToRaise, instruments, type SafetyFlagKind, summarizeDraft } from '../../domain/measures/index.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { badRequest, conflict, notFound } from '../platform/errors.js';
import { raiseSafetyFlags } from '../safety-flags/index.js';
import {
  findOrStartDraft,
  flagKindsRaisedFor,
  responseExists,
  type StoredAnswers,
  toMeasureAnswers,
  writeDraftAnswers,
} from './measure-drafts.repository.js';

export interface DraftTarget {
  clientId: string;
  instrumentId: InstrumentId;
  entryMode: 'client' | 'clinician_with_client';
  /** The client's own draft is the one for their assignment; a clinician's is the entry's own id. */
  key: { assignmentId: string } | { entryId: string | undefined };
}

/**
 * Refuses a wrong-typed answer before anything is written, naming the question and what it allows.
 * Answers arrive as JSON of any shape, so nothing is trusted because of its type.
 */
export function refuseWrongAnswers(instrumentId: InstrumentId, answers: Record<string, unknown>): StoredAnswers {
  const issues = answerIssues(instruments[instrumentId], answers);
  if (issues.length > 0) {
    const which = issues.map((issue) => issue.item).join(', ');
    throw badRequest(
      `Some answers are not ones the ${instrumentId} allows (question ${which}). Nothing was saved.`,
      issues.map((issue) => ({ path: `answers.${issue.item}`, message: issue.message })),
    );
  }
  return answers as StoredAnswers;
}

async function openDraft(tx: Tx, ctx: RequestContext, target: DraftTarget) {
  const at = ctx.now.toISOString();
  const byAssignment = 'assignmentId' in target.key;
  const id = 'entryId' in target.key && target.key.entryId ? target.key.entryId : uuidv7();
  // An entry id the web app chose must not be one a response already has.
  if (!byAssignment && (await responseExists(tx.db, id))) throw conflict('These answers have already been saved.', 'already_sent');
  const draft = await findOrStartDraft(
    tx,
    {
      id,
      client_id: target.clientId,
      instrument_id: target.instrumentId,
      instrument_version: instruments[target.instrumentId].version,
      assignment_id: 'assignmentId' in target.key ? target.key.assignmentId : null,
      entry_mode: target.entryMode,
      started_by: ctx.actor!.userId,
      started_at: at,
    },
    byAssignment ? 'assignment_id' : 'id',
  );
  // Another client's draft, or the same id reused for another questionnaire, answers as one that does not exist.
  if (!draft || draft.client_id !== target.clientId || draft.instrument_id !== target.instrumentId || draft.entry_mode !== target.entryMode)
    throw notFound();
  if (draft.status !== 'open') throw conflict('These answers have already been sent.', 'already_sent');
  return draft;
}

/**
 * Saves the answers given so far (the whole set each time, so a repeated save changes nothing) and
 * raises any flag they disclose the first time it appears, in the caller's transaction. An answer
 * changed back never clears a flag. Audited with ids only: saves come every few seconds.
 */
export async function saveDraftAnswers(tx: Tx, deps: Deps, ctx: RequestContext, target: DraftTarget, answers: StoredAnswers) {
  const draft = await openDraft(tx, ctx, target);
  const at = ctx.now.toISOString();
  await writeDraftAnswers(tx, draft.id, answers, at);
  await appendAudit(tx, ctx, {
    action: 'measure.draft_save',
    recordType: 'measure_draft',
    recordId: draft.id,
    detail: { clientId: target.clientId },
  });
  const measureAnswers = toMeasureAnswers(answers);
  const already = (await flagKindsRaisedFor(tx.db, draft.id)) as SafetyFlagKind[];
  const flagsRaised = await raiseSafetyFlags(tx, deps, ctx, {
    clientId: target.clientId,
    sourceType: 'measure_response',
    sourceId: draft.id,
    flags: flagsToRaise(draftFlags(target.instrumentId, measureAnswers), already),
  });
  return {
    id: draft.id,
    savedAt: at,
    flagsRaised,
    flagged: already.length + flagsRaised.length > 0,
    summary: summarizeDraft(target.instrumentId, measureAnswers),
  };
}
