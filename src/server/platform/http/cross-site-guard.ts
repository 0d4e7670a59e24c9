import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    // Both sides through URL, so a default port (:80, :443) written on one side only still matches.
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return true;
  }
}

/**
 * State-changing requests must come from our own pages. Together with SameSite cookies, JSON-only
 * API bodies (a cross-site form cannot send them without a preflight we never grant) this stops CSRF.
 */
export function registerCrossSiteGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (isCrossSite(request)) {
      throw forbidden('This request came from another site, so it was refused. Please use Holdspace’s own pages.', 'cross_site_request');
    }
  });
}
