import type { FastifyInstance } from 'fastify';
import { resolveSession } from '../../auth/resolve-session.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { clearSessionCookie, readSessionToken } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

/** Every API request gets a context: who acts (from the session cookie), from where, and when. */
export function registerRequestContext(app: FastifyInstance, deps: Deps): void {
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
