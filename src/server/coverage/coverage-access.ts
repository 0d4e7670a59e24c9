import { clinicalRolesOf } from '../../domain/access/coverage.js';
import type { CareRole, ClientRule } from '../../domain/clients/care-team.js';
import type { Actor, RequestContext } from '../platform/context.js';
import { markCoverage } from '../platform/coverage-context.js';
import type { Tx } from '../platform/deps.js';
import { findActiveGrant } from './coverage.repository.js';
import { COVERAGE_RULES } from './coverage-rules.js';

/**
 * Called by the client gate when the care team does not let someone in. An open grant for this person and
 * this chart, not yet past its end (checked here, on every request), lets them act in the clinical roles they
 * hold — for the rules coverage allows. The request is marked, so its audit rows name the grant.
 */
export async function coverageAccess(
  tx: Tx,
  ctx: RequestContext,
  actor: Actor,
  clientId: string,
  rule: ClientRule,
): Promise<{ grantId: string; careRoles: CareRole[] } | null> {
  if (!COVERAGE_RULES.has(rule)) return null;
  const roles = clinicalRolesOf(actor.roles).filter((role) => rule.careRoles.includes(role));
  if (roles.length === 0) return null;
  const grant = await findActiveGrant(tx.db, actor.userId, clientId, ctx.now);
  if (!grant) return null;
  markCoverage(ctx, grant.id);
  return { grantId: grant.id, careRoles: clinicalRolesOf(actor.roles) };
}
