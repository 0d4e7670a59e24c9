import { allows, type Rule } from '../../domain/access/policy.js';
import type { Actor, RequestContext } from './context.js';
import { notFound, unauthenticated } from './errors.js';

/**
 * Every use case calls this before touching data. Not signed in → 401; signed in but not allowed → 404,
 * so a record's existence does not leak to someone who may not see it.
 */
export function authorize(ctx: RequestContext, rule: Rule): Actor {
  if (!ctx.actor) throw unauthenticated();
  if (!allows(rule, ctx.actor.roles)) throw notFound();
  return ctx.actor;
}

export function requireSignedIn(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}
