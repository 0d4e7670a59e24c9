import {
  ChangePhaseBodySchema,
  ClientDetailsSchema,
  ClientListQuerySchema,
  ClientListSchema,
  ClientSchema,
  ConvertEnquiryBodySchema,
  CreateClientBodySchema,
  OriginalRequestResponseSchema,
  PortalInvitationResponseSchema,
  SetCareTeamBodySchema,
  StaffDirectorySchema,
} from '../../contracts/clients.contracts.js';
import { IdParamsSchema } from '../../contracts/common.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { changeClientPhase } from './change-phase.js';
import { convertEnquiry } from './convert-enquiry.js';
import { createClient } from './create-client.js';
import { inviteClientToPortal } from './invite-client-to-portal.js';
import { listClients } from './list-clients.js';
import { readClient } from './read-client.js';
import { readOriginalRequest } from './read-original-request.js';
import { setCareTeam } from './set-care-team.js';
import { staffDirectory } from './staff-directory.js';
import { updateClientDetails } from './update-client.js';

export function clientsRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['clients'];
  const one = { 200: ClientSchema, ...staffErrors };

  app.get(
    '/api/clients',
    { schema: { tags, querystring: ClientListQuerySchema, response: { 200: ClientListSchema, ...staffErrors } } },
    async (request) => listClients(deps, request.ctx, request.query),
  );
  app.post('/api/clients', { schema: { tags, body: CreateClientBodySchema, response: one } }, async (request) =>
    createClient(deps, request.ctx, request.body),
  );
  app.post(
    '/api/enquiries/:id/convert',
    { schema: { tags, params: IdParamsSchema, body: ConvertEnquiryBodySchema, response: one } },
    async (request) => convertEnquiry(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.get('/api/clients/:id', { schema: { tags, params: IdParamsSchema, response: one } }, async (request) =>
    readClient(deps, request.ctx, request.params),
  );
  app.get(
    '/api/clients/:id/original-request',
    { schema: { tags, params: IdParamsSchema, response: { 200: OriginalRequestResponseSchema, ...staffErrors } } },
    async (request) => readOriginalRequest(deps, request.ctx, request.params),
  );
  app.put('/api/clients/:id', { schema: { tags, params: IdParamsSchema, body: ClientDetailsSchema, response: one } }, async (request) =>
    updateClientDetails(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.put(
    '/api/clients/:id/care-team',
    { schema: { tags, params: IdParamsSchema, body: SetCareTeamBodySchema, response: one } },
    async (request) => setCareTeam(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/clients/:id/phase',
    { schema: { tags, params: IdParamsSchema, body: ChangePhaseBodySchema, response: one } },
    async (request) => changeClientPhase(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/clients/:id/portal-invitation',
    { schema: { tags, params: IdParamsSchema, response: { 200: PortalInvitationResponseSchema, ...staffErrors } } },
    async (request) => inviteClientToPortal(deps, request.ctx, request.params),
  );
  app.get('/api/staff-directory', { schema: { tags, response: { 200: StaffDirectorySchema, ...staffErrors } } }, async (request) =>
    staffDirectory(deps, request.ctx),
  );
}
