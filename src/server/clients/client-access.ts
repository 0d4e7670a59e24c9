import { allowsOnClient, type ClientRule } from '../../domain/clients/care-team.js';
import { coverageAccess } from '../coverage/coverage-access.js';
import type { Actor, RequestContext } from '../platform/context.js';
import type { Tx } from '../platform/deps.js';
import { notFound, unauthenticated } from '../platform/errors.js';
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
  const { client, careRoles } = found;
  if (allowsOnClient(rule, actor.roles, careRoles)) return { actor, client, careRoles };
  // The one seam for coverage access (decision 27): outside the team, an open grant may still let a clinician in.
  const covered = await coverageAccess(tx, ctx, actor, client.id, rule);
  if (!covered) throw notFound();
  return { actor, client, careRoles: covered.careRoles };
}

/** A client's own portal account acts only on its own chart. */
export function requireClientActor(ctx: RequestContext): Actor & { clientId: string } {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'client' || !actor.clientId) throw notFound();
  return actor as Actor & { clientId: string };
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
