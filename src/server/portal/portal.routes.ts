import { IdParamsSchema } from '../../contracts/common.js';
import {
  PortalAssignmentSchema,
  PortalDraftBodySchema,
  PortalDraftSavedSchema,
  PortalHomeSchema,
  PortalSubmitBodySchema,
  PortalSubmitResponseSchema,
} from '../../contracts/portal.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { readPortalAssignment, savePortalDraft, submitPortalResponse } from './portal-assignment.js';
import { portalHome } from './portal-home.js';

export function portalRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['client portal'];
  app.get('/api/portal', { schema: { tags, response: { 200: PortalHomeSchema, ...staffErrors } } }, async (request) =>
    portalHome(deps, request.ctx),
  );
  app.get(
    '/api/portal/assignments/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: PortalAssignmentSchema, ...staffErrors } } },
    async (request) => readPortalAssignment(deps, request.ctx, request.params),
  );
  app.put(
    '/api/portal/assignments/:id/draft',
    { schema: { tags, params: IdParamsSchema, body: PortalDraftBodySchema, response: { 200: PortalDraftSavedSchema, ...staffErrors } } },
    async (request) => savePortalDraft(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/portal/assignments/:id/response',
    {
      schema: { tags, params: IdParamsSchema, body: PortalSubmitBodySchema, response: { 200: PortalSubmitResponseSchema, ...staffErrors } },
    },
    async (request) => submitPortalResponse(deps, request.ctx, { ...request.params, ...request.body }),
  );
}
