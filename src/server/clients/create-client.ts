import { v7 as uuidv7 } from 'uuid';
import type { CreateClientBody } from '../../contracts/clients.contracts.js';
import { FIRST_PHASE } from '../../domain/clients/phases.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { replaceCareTeam } from './care-team.repository.js';
import { checkCareTeam } from './check-care-team.js';
import { clientsPolicy } from './clients.policy.js';
import { detailsColumns, findClient, insertClient } from './clients.repository.js';
import { presentClient } from './present-client.js';
import { transitionPhase } from './transition-phase.js';

/** Shared by "new client" and "convert a request": a chart that starts at consultation & assessment. */
export async function openChart(tx: Tx, ctx: RequestContext, input: CreateClientBody & { enquiryId: string | null }) {
  const actor = ctx.actor!;
  const team = await checkCareTeam(tx, { therapistId: input.therapistId, prescriberId: input.prescriberId, coFacilitatorIds: [] });
  const id = uuidv7();
  const at = ctx.now.toISOString();
  await insertClient(tx.db, {
    id,
    ...detailsColumns(input),
    phase: FIRST_PHASE,
    enquiry_id: input.enquiryId,
    created_at: at,
    updated_at: at,
    created_by: actor.userId,
  });
  await replaceCareTeam(tx.db, id, team, actor.userId, at);
  await appendAudit(tx, ctx, { action: 'client.create', recordType: 'client', recordId: id, detail: { enquiryId: input.enquiryId } });
  await transitionPhase(tx, ctx, { clientId: id, to: FIRST_PHASE, reason: null, cause: 'chart_opened' });
  return presentClient(tx.db, (await findClient(tx.db, id))!, actor);
}

export async function createClient(deps: Deps, ctx: RequestContext, input: CreateClientBody) {
  authorize(ctx, clientsPolicy.create);
  return inTransaction(deps, (tx) => openChart(tx, ctx, { ...input, enquiryId: null }));
}
