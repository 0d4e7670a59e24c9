import type { FastifyInstance } from 'fastify';
import type { Actor, RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { clearSessionCookie, readSessionToken } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

/** Finds who holds a session token (the auth feature provides it; the kernel does not reach into features). */
export type SessionLookup = { actor: Actor } | { actor: null; ended: boolean };
export type SessionResolver = (deps: Deps, token: string | undefined, now: Date) => Promise<SessionLookup>;

/** Every API request gets a context: who acts (from the session cookie), from where, and when. */
export function registerRequestContext(app: FastifyInstance, deps: Deps, resolveSession: SessionResolver): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request, reply) => {
    const now = deps.clock();
    request.ctx = { actor: null, ip: request.ip, now };
    if (!request.url.startsWith('/api/')) return;
    const lookup = await resolveSession(deps, readSessionToken(request), now);
    request.ctx.actor = lookup.actor;
    if (!lookup.actor && lookup.ended) clearSessionCookie(request, reply);
  });
}
