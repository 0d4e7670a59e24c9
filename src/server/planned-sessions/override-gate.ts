import { v7 as uuidv7 } from 'uuid';
import { checkOverride, OVERRIDE_PROBLEM_MESSAGES } from '../../domain/gate/override.js';
import type { GateRequirement } from '../../domain/gate/requirements.js';
import { authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { readinessPolicy } from '../readiness/readiness.policy.js';
import { findSessionRow, presentSession } from './planned-sessions.repository.js';

/**
 * The client's prescriber overrides one named unmet requirement, with a reason, for this one session. It is
 * recorded (and locked), audited, and shown wherever the gate is shown. Nobody else can: others get 404.
 */
export async function overrideGate(deps: Deps, ctx: RequestContext, input: { id: string; requirement: GateRequirement; reason: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, careRoles, record } = await authorizeClientRecord(
      tx,
      ctx,
      await findSessionRow(tx.db, input.id),
      readinessPolicy.override,
    );
    if (record.status !== 'planned') throw conflict('Only a session that has not started can carry an override.', 'not_planned');
    const { timeZone } = await getPracticeSettings(tx.db);
    const before = await presentSession(tx.db, record, timeZone);
    const problem = checkOverride({ roles: actor.roles, careRoles }, input.requirement, before.gate);
    if (problem === 'not_the_prescriber') throw notFound();
    if (problem) throw conflict(OVERRIDE_PROBLEM_MESSAGES[problem], problem);
    const id = uuidv7();
    await tx.db
      .insertInto('gate_overrides')
      .values({
        id,
        planned_session_id: record.id,
        client_id: record.client_id,
        requirement: input.requirement,
        reason: input.reason,
        prescriber_id: actor.userId,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'readiness.override',
      recordType: 'planned_session',
      recordId: record.id,
      detail: { clientId: record.client_id, overrideId: id, requirement: input.requirement },
    });
    return presentSession(tx.db, (await findSessionRow(tx.db, record.id))!, timeZone);
  });
}
