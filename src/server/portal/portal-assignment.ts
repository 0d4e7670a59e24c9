import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeOwnRecord } from '../clients/index.js';
import { presentInstrument, storeMeasureResponse } from '../measures/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
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

export async function readPortalAssignment(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const assignment = await ownOpenAssignment(tx, ctx, input.id);
    await appendReadAudit(tx, ctx, { action: 'portal.assignment_read', recordType: 'measure_assignment', recordId: assignment.id });
    return { id: assignment.id, instrument: presentInstrument(assignment.instrument_id as InstrumentId) };
  });
}

/** The client sends their answers. They see thanks — and the crisis resources whenever an answer raised a flag. */
export async function submitPortalResponse(
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; answers: Record<string, number | string> },
) {
  return inTransaction(deps, async (tx) => {
    const assignment = await ownOpenAssignment(tx, ctx, input.id);
    const stored = await storeMeasureResponse(tx, deps, ctx, {
      clientId: assignment.client_id,
      instrumentId: assignment.instrument_id as InstrumentId,
      answers: input.answers,
      assignmentId: assignment.id,
      entryMode: 'client',
    });
    await appendAudit(tx, ctx, { action: 'portal.measure_submit', recordType: 'measure_response', recordId: stored.id });
    const practice = await getPracticeSettings(tx.db);
    return {
      received: true as const,
      showCrisisResources: stored.flagsRaised.length > 0,
      crisis: { crisisLine: '988', emergencyNumber: practice.emergencyNumber },
    };
  });
}
