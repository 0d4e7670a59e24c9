import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.js';
import { accountRoutes } from './auth/account.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { resolveSession } from './auth/resolve-session.js';
import { clientsRoutes } from './clients/clients.routes.js';
import { consentRoutes } from './consent/consent.routes.js';
import { consultationsRoutes } from './consultations/consultations.routes.js';
import { coverageRoutes } from './coverage/coverage.routes.js';
import { enquiriesRoutes } from './enquiries/enquiries.routes.js';
import type { TrustProxy } from './env.js';
import { ketamineSessionsRoutes } from './ketamine-sessions/ketamine-sessions.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { measuresRoutes } from './measures/measures.routes.js';
import { medicalRoutes } from './medical/medical.routes.js';
import { plannedSessionsRoutes } from './planned-sessions/planned-sessions.routes.js';
import type { Deps } from './platform/deps.js';
import { notFound } from './platform/errors.js';
import { registerCrossSiteGuard } from './platform/http/cross-site-guard.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { registerRequestContext } from './platform/http/request-context.js';
import { hygieneServerOptions, registerRequestHygiene } from './platform/http/request-hygiene.js';
import { requestLogServerOptions } from './platform/http/request-log.js';
import { recordRouteTable } from './platform/http/route-table.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { sessionCookiePolicy } from './platform/http/session-cookie.js';
import { registerWebApp } from './platform/http/web-app.js';
import { portalRoutes } from './portal/portal.routes.js';
import { practiceRoutes } from './practice/practice.routes.js';
import { preparationRoutes } from './preparation/preparation.routes.js';
import { publicSiteRoutes, renderNotFoundPage } from './public-site/public-site.routes.js';
import { safetyFlagsRoutes } from './safety-flags/safety-flags.routes.js';
import { sessionVocabularyRoutes } from './session-vocabulary/session-vocabulary.routes.js';
import { staffRoutes } from './staff/staff.routes.js';

export interface AppOptions {
  logLevel?: string;
  trustProxy?: TrustProxy;
  /** Requests a minute per signed-in person (per address when signed out); API_RATE_LIMIT_PER_MINUTE. */
  rateLimitPerMinute?: number;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/**
 * The general limit counts per person once signed in, so a practice behind one address (one clinic
 * network) is not one bucket; before sign-in it counts per address. It runs after the session is read
 * (route-level hooks run after the app's own). Sign-in and request-form limits are separate (throttle.ts).
 */
function rateLimitKey(request: FastifyRequest): string {
  const actor = request.ctx?.actor;
  return actor ? `person:${actor.userId}` : `address:${request.ip}`;
}

// Strict: only our own scripts, styles, fonts and images; no inline script; no framing.
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

/** A hop count becomes proxy-addr's own rule: trust the nearest n hops, and no further. */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      // Paths only: a query string could carry a name. Bodies and headers are never logged.
      serializers: {
        req: (request) => ({ method: request.method, path: request.url.split('?')[0], id: request.id }),
        res: (reply) => ({ statusCode: reply.statusCode }),
      },
    },
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    bodyLimit: 256 * 1024,
    ...hygieneServerOptions,
    ...requestLogServerOptions,
  }).withTypeProvider<ZodTypeProvider>();
  recordRouteTable(app);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies on the API: text/plain is a "simple" type another site's form could send.
  app.removeContentTypeParser('text/plain');

  registerSecurityHeaders(app, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  await app.register(cookie);
  app.decorate('sessionCookie', sessionCookiePolicy(deps.config.publicUrl));
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    keyGenerator: rateLimitKey,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Holdspace API', version: '0.1.0', description: 'The practice platform for ketamine-assisted psychotherapy.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hs_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  registerErrorHandler(app);
  registerRequestHygiene(app);
  registerCrossSiteGuard(app);
  registerRequestContext(app, deps, resolveSession);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));
  authRoutes(app, deps);
  accountRoutes(app, deps);
  staffRoutes(app, deps);
  practiceRoutes(app, deps);
  enquiriesRoutes(app, deps);
  auditRoutes(app, deps);
  clientsRoutes(app, deps);
  measuresRoutes(app, deps);
  safetyFlagsRoutes(app, deps);
  mailRoutes(app, deps);
  coverageRoutes(app, deps);
  portalRoutes(app, deps);
  consultationsRoutes(app, deps);
  medicalRoutes(app, deps);
  preparationRoutes(app, deps);
  consentRoutes(app, deps);
  plannedSessionsRoutes(app, deps);
  ketamineSessionsRoutes(app, deps);
  sessionVocabularyRoutes(app, deps);
  await publicSiteRoutes(app, deps);
  await registerWebApp(app, deps.config.webDir);

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/')) throw notFound('There is no such API route.');
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(await renderNotFoundPage(deps));
  });
  return app;
}
