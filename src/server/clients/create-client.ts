import { v7 as uuidv7 } from 'uuid';
import type { CreateClientBody } from '../../contracts/clients.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { replaceCareTeam } from './care-team.repository.js';
import { checkCareTeam } from './check-care-team.js';
import { clientsPolicy } from './clients.policy.js';
import { detailsColumns, findClient, insertClient, recordPhaseChange } from './clients.repository.js';
import { presentClient } from './present-client.js';

/** Shared by "new client" and "convert a request": a chart that starts at consultation & assessment. */
export async function openChart(tx: Tx, ctx: RequestContext, input: CreateClientBody & { enquiryId: string | null }) {
  const actor = ctx.actor!;
  const team = await checkCareTeam(tx, { therapistId: input.therapistId, prescriberId: input.prescriberId, coFacilitatorIds: [] });
  const id = uuidv7();
  const at = ctx.now.toISOString();
  await insertClient(tx.db, {
    id,
    ...detailsColumns(input),
    phase: 'consultation',
    enquiry_id: input.enquiryId,
    created_at: at,
    updated_at: at,
    created_by: actor.userId,
  });
  await replaceCareTeam(tx.db, id, team, actor.userId, at);
  await recordPhaseChange(tx.db, { id: uuidv7(), clientId: id, from: null, to: 'consultation', reason: null, by: actor.userId, at });
  await appendAudit(tx, ctx, { action: 'client.create', recordType: 'client', recordId: id, detail: { enquiryId: input.enquiryId } });
  return presentClient(tx.db, (await findClient(tx.db, id))!);
}

export async function createClient(deps: Deps, ctx: RequestContext, input: CreateClientBody) {
  authorize(ctx, clientsPolicy.create);
  return inTransaction(deps, (tx) => openChart(tx, ctx, { ...input, enquiryId: null }));
}
