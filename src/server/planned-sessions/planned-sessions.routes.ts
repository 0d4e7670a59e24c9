import { IdParamsSchema } from '../../contracts/common.js';
import {
  CancelSessionBodySchema,
  ConfirmReadinessBodySchema,
  DashboardSessionsSchema,
  GateResultSchema,
  OverrideBodySchema,
  PlannedSessionListSchema,
  PlannedSessionSchema,
  PlanSessionBodySchema,
  PlanSessionResultSchema,
  PortalNextSessionSchema,
  ReadinessQuerySchema,
} from '../../contracts/readiness.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { readReadiness } from '../readiness/index.js';
import { cancelSession } from './cancel-session.js';
import { confirmReadinessOnArrival } from './confirm-readiness.js';
import { listDashboardSessions } from './list-dashboard-sessions.js';
import { overrideGate } from './override-gate.js';
import { planSession } from './plan-session.js';
import { confirmAndShowNextSession, portalNextSession } from './portal-next-session.js';
import { listPlannedSessions, readPlannedSession, readSessionReadiness } from './read-planned-sessions.js';

const ok = <T>(schema: T) => ({ 200: schema, ...staffErrors });

export function plannedSessionsRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['planned sessions'];
  const byId = { tags, params: IdParamsSchema };
  app.get(
    '/api/clients/:id/readiness',
    { schema: { ...byId, querystring: ReadinessQuerySchema, response: ok(GateResultSchema) } },
    async (r) => readReadiness(deps, r.ctx, { id: r.params.id, date: r.query.date }),
  );
  app.get('/api/clients/:id/planned-sessions', { schema: { ...byId, response: ok(PlannedSessionListSchema) } }, async (r) =>
    listPlannedSessions(deps, r.ctx, r.params),
  );
  app.post(
    '/api/clients/:id/planned-sessions',
    { schema: { ...byId, body: PlanSessionBodySchema, response: ok(PlanSessionResultSchema) } },
    async (r) => planSession(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.get('/api/planned-sessions/:id', { schema: { ...byId, response: ok(PlannedSessionSchema) } }, async (r) =>
    readPlannedSession(deps, r.ctx, r.params),
  );
  app.post(
    '/api/planned-sessions/:id/cancel',
    { schema: { ...byId, body: CancelSessionBodySchema, response: ok(PlannedSessionSchema) } },
    async (r) => cancelSession(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
  app.get('/api/planned-sessions/:id/readiness', { schema: { ...byId, response: ok(GateResultSchema) } }, async (r) =>
    readSessionReadiness(deps, r.ctx, r.params),
  );
  app.post(
    '/api/planned-sessions/:id/readiness-checks',
    { schema: { ...byId, body: ConfirmReadinessBodySchema, response: ok(PlannedSessionSchema) } },
    async (r) => confirmReadinessOnArrival(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
  app.post(
    '/api/planned-sessions/:id/overrides',
    { schema: { ...byId, body: OverrideBodySchema, response: ok(PlannedSessionSchema) } },
    async (r) => overrideGate(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
  app.get('/api/dashboard/planned-sessions', { schema: { tags, response: ok(DashboardSessionsSchema) } }, async (r) =>
    listDashboardSessions(deps, r.ctx),
  );
  const portal = ['client portal'];
  app.get('/api/portal/next-session', { schema: { tags: portal, response: ok(PortalNextSessionSchema) } }, async (r) =>
    portalNextSession(deps, r.ctx),
  );
  app.post(
    '/api/portal/planned-sessions/:id/readiness-checks',
    { schema: { tags: portal, params: IdParamsSchema, body: ConfirmReadinessBodySchema, response: ok(PortalNextSessionSchema) } },
    async (r) => confirmAndShowNextSession(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
}
