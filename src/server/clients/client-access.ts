import { allowsOnClient, type CareRole, type ClientRule } from '../../domain/clients/care-team.js';
import { allowsOwnRecord, type OwnRecordFacts, type OwnRecordRule } from '../../domain/clients/own-records.js';
import { coverageAccess } from '../coverage/index.js';
import type { Actor, RequestContext } from '../platform/context.js';
import type { Tx } from '../platform/deps.js';
import { notFound, unauthenticated } from '../platform/errors.js';
import { careRolesOf } from './care-team.repository.js';
import { findClientWithCareRoles } from './clients.repository.js';

/**
 * The gate in front of every client record: signed in (401), the client exists and this person may act on
 * it under the rule (else 404, so a chart's existence never leaks). Returns the client row for the use case.
 */
export async function authorizeClient(tx: Tx, ctx: RequestContext, clientId: string, rule: ClientRule) {
  const actor: Actor | null = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'staff') throw notFound();
  const found = await findClientWithCareRoles(tx.db, clientId, actor.userId);
  if (!found) throw notFound();
  return { client: found.client, ...(await authorizeOnCareRoles(tx, ctx, found.client.id, found.careRoles, rule)) };
}

/**
 * The same gate for a use case that needs no more of the client than that it exists and who may act on it:
 * the signed-in person's care roles on it are kept for a moment (`tx.readCached`, decision 0038), and any
 * commit to clients or care teams drops them, here at once and on other servers over the live bus. Only
 * ids and roles are kept, never the record. Coverage (decision 27) is checked afresh as ever.
 */
export async function authorizeClientCare(tx: Tx, ctx: RequestContext, clientId: string, rule: ClientRule) {
  const actor: Actor | null = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'staff') throw notFound();
  const found = await tx.readCached(CARE_ROLES_KIND, CARE_ROLES_TABLES, `${clientId} ${actor.userId}`, async () => {
    const row = await findClientWithCareRoles(tx.db, clientId, actor.userId);
    return row ? { careRoles: row.careRoles } : undefined;
  });
  if (!found) throw notFound();
  return authorizeOnCareRoles(tx, ctx, clientId, found.careRoles, rule);
}

const CARE_ROLES_KIND = 'client-care-roles';
const CARE_ROLES_TABLES = ['clients', 'care_team_members'];

/**
 * The same gate for a caller that has already read, in its own statement, the signed-in person's care roles
 * on a client that exists (the console writer reads them with its row lock: decision 0038).
 */
export async function authorizeOnCareRoles(tx: Tx, ctx: RequestContext, clientId: string, careRoles: CareRole[], rule: ClientRule) {
  const actor: Actor | null = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'staff') throw notFound();
  if (allowsOnClient(rule, actor.roles, careRoles)) return { actor, careRoles };
  // The one seam for coverage access (decision 27): outside the team, an open grant may still let a clinician in.
  const covered = await coverageAccess(tx, ctx, actor, clientId, rule);
  if (!covered) throw notFound();
  return { actor, careRoles: covered.careRoles };
}

/** A client's own portal account acts only on its own chart. */
export function requireClientActor(ctx: RequestContext): Actor & { clientId: string } {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'client' || !actor.clientId) throw notFound();
  return actor as Actor & { clientId: string };
}

/**
 * The gate in front of a client's own records, under an own-record rule: the client themself, or the
 * care-team roles the rule names when the client shared the record. Anyone else — and a record that does
 * not exist — answers 404; not signed in, 401.
 */
export async function authorizeOwnRecord(
  tx: Tx,
  ctx: RequestContext,
  rule: OwnRecordRule,
  record: OwnRecordFacts | undefined,
  notFoundMessage?: string,
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (!record) throw notFound(notFoundMessage);
  const asStaff = actor.kind === 'staff' && record.sharedWithCareTeam && rule.careTeamWhenShared.length > 0;
  const careRolesOnThisClient: CareRole[] = asStaff ? await careRolesOf(tx.db, record.clientId, actor.userId) : [];
  const viewer = { clientId: actor.kind === 'client' ? actor.clientId : null, careRolesOnThisClient };
  if (!allowsOwnRecord(rule, viewer, record)) throw notFound(notFoundMessage);
  return actor;
}

/** The client's own portal page: only their own account has one. */
export function authorizeOwnPortal(ctx: RequestContext, rule: OwnRecordRule): Actor & { clientId: string } {
  const actor = requireClientActor(ctx);
  if (
    !allowsOwnRecord(rule, { clientId: actor.clientId, careRolesOnThisClient: [] }, { clientId: actor.clientId, sharedWithCareTeam: false })
  )
    throw notFound();
  return actor;
}

/**
 * For records reached by their own id (an assignment, a consultation, a flag): the record's client decides.
 * A record that does not exist answers exactly as one the actor may not see. Returns the record, found.
 */
export async function authorizeClientRecord<T extends { client_id: string }>(
  tx: Tx,
  ctx: RequestContext,
  record: T | undefined,
  rule: ClientRule,
) {
  if (!ctx.actor) throw unauthenticated();
  if (!record) throw notFound();
  return { ...(await authorizeClient(tx, ctx, record.client_id, rule)), record };
}
