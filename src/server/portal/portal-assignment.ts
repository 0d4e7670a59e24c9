import { fromJsonColumn } from '../../db/json-column.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeOwnRecord } from '../clients/index.js';
import {
  draftOfAssignment,
  flagKindsRaisedFor,
  presentInstrument,
  refusedResponse,
  refuseWrongAnswers,
  type StoredAnswers,
  saveDraftAnswers,
  storeMeasureResponse,
} from '../measures/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { careTeamAlertFor } from '../safety-flags/index.js';
import { portalPolicy } from './portal.policy.js';
import { findAssignment } from './portal.repository.js';

const GONE = 'This questionnaire is not waiting for you any more. It may already have been sent.';

/** Someone else's questionnaire answers exactly as one that does not exist, or one already sent. */
async function ownOpenAssignment(tx: Tx, ctx: RequestContext, id: string) {
  const assignment = await findAssignment(tx.db, id);
  const facts = assignment && { clientId: assignment.client_id, sharedWithCareTeam: false };
  await authorizeOwnRecord(tx, ctx, portalPolicy.answerMeasure, facts, GONE);
  if (assignment?.status !== 'open') throw notFound(GONE);
  return assignment!;
}

async function crisisOf(db: Deps['db']) {
  const practice = await getPracticeSettings(db);
  return { crisisLine: '988', emergencyNumber: practice.emergencyNumber };
}

/** The questionnaire, with the answers saved so far; the crisis resources stay shown once an answer raised a flag. */
export async function readPortalAssignment(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const assignment = await ownOpenAssignment(tx, ctx, input.id);
    const draft = await draftOfAssignment(tx.db, assignment.id);
    const open = draft?.status === 'open' ? draft : undefined;
    const flagged = open ? (await flagKindsRaisedFor(tx.db, open.id)).length > 0 : false;
    const careTeamAlert = open && flagged ? await careTeamAlertFor(tx.db, { type: 'measure_response', id: open.id }) : null;
    await appendReadAudit(tx, ctx, { action: 'portal.assignment_read', recordType: 'measure_assignment', recordId: assignment.id });
    return {
      id: assignment.id,
      instrument: presentInstrument(assignment.instrument_id as InstrumentId),
      draft: open ? { answers: fromJsonColumn<StoredAnswers>(open.answers), savedAt: open.updated_at } : null,
      showCrisisResources: flagged,
      careTeamAlert,
      crisis: await crisisOf(tx.db),
    };
  });
}

/**
 * Saves the client's answers as they give them. A disclosure raises its flag on this save, and the client
 * sees the crisis resources at once — never a score.
 */
export async function savePortalDraft(deps: Deps, ctx: RequestContext, input: { id: string; answers: Record<string, unknown> }) {
  const saved = await inTransaction(deps, async (tx) => {
    const assignment = await ownOpenAssignment(tx, ctx, input.id);
    const instrumentId = assignment.instrument_id as InstrumentId;
    const answers = refuseWrongAnswers(instrumentId, input.answers);
    const draft = await saveDraftAnswers(
      tx,
      deps,
      ctx,
      { clientId: assignment.client_id, instrumentId, entryMode: 'client', key: { assignmentId: assignment.id } },
      answers,
    );
    const careTeamAlert = draft.flagged ? await careTeamAlertFor(tx.db, { type: 'measure_response', id: draft.id }) : null;
    return { ...draft, careTeamAlert };
  });
  return {
    saved: true as const,
    savedAt: saved.savedAt,
    showCrisisResources: saved.flagged,
    careTeamAlert: saved.careTeamAlert,
    crisis: await crisisOf(deps.db),
  };
}

/**
 * The client sends their answers, all or some: a response with questions unanswered is kept as incomplete.
 * They see thanks — and the crisis resources whenever an answer raised a flag, now or while answering.
 */
export async function submitPortalResponse(deps: Deps, ctx: RequestContext, input: { id: string; answers: Record<string, unknown> }) {
  const result = await inTransaction(deps, async (tx) => {
    const assignment = await ownOpenAssignment(tx, ctx, input.id);
    const stored = await storeMeasureResponse(tx, deps, ctx, {
      clientId: assignment.client_id,
      instrumentId: assignment.instrument_id as InstrumentId,
      answers: input.answers,
      assignmentId: assignment.id,
      entryMode: 'client',
    });
    if (stored.outcome === 'refused') return stored;
    await appendAudit(tx, ctx, { action: 'portal.measure_submit', recordType: 'measure_response', recordId: stored.id });
    const flagged = (await flagKindsRaisedFor(tx.db, stored.id)).length > 0;
    const careTeamAlert = flagged ? await careTeamAlertFor(tx.db, { type: 'measure_response', id: stored.id }) : null;
    return { ...stored, flagged, careTeamAlert };
  });
  if (result.outcome === 'refused') throw refusedResponse(result.issues);
  return {
    received: true as const,
    showCrisisResources: result.flagged,
    careTeamAlert: result.careTeamAlert,
    crisis: await crisisOf(deps.db),
  };
}
