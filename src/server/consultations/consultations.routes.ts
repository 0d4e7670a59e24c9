import { IdParamsSchema } from '../../contracts/common.js';
import {
  AmendmentBodySchema,
  ConsultationDraftBodySchema,
  ConsultationListSchema,
  ConsultationSchema,
} from '../../contracts/consultations.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { amendConsultation, saveConsultationDraft, signConsultation, startConsultation } from './consultation-note.js';
import { listConsultations, readConsultation } from './read-consultations.js';

export function consultationsRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['consultations'];
  const one = { 200: ConsultationSchema, ...staffErrors };
  app.get(
    '/api/clients/:id/consultations',
    { schema: { tags, params: IdParamsSchema, response: { 200: ConsultationListSchema, ...staffErrors } } },
    async (request) => listConsultations(deps, request.ctx, request.params),
  );
  app.post(
    '/api/clients/:id/consultations',
    { schema: { tags, params: IdParamsSchema, body: ConsultationDraftBodySchema, response: one } },
    async (request) => startConsultation(deps, request.ctx, { ...request.body, clientId: request.params.id }),
  );
  app.get('/api/consultations/:id', { schema: { tags, params: IdParamsSchema, response: one } }, async (request) =>
    readConsultation(deps, request.ctx, request.params),
  );
  app.put(
    '/api/consultations/:id',
    { schema: { tags, params: IdParamsSchema, body: ConsultationDraftBodySchema, response: one } },
    async (request) => saveConsultationDraft(deps, request.ctx, { ...request.body, ...request.params }),
  );
  app.post('/api/consultations/:id/sign', { schema: { tags, params: IdParamsSchema, response: one } }, async (request) =>
    signConsultation(deps, request.ctx, request.params),
  );
  app.post(
    '/api/consultations/:id/amendments',
    { schema: { tags, params: IdParamsSchema, body: AmendmentBodySchema, response: one } },
    async (request) => amendConsultation(deps, request.ctx, { ...request.params, ...request.body }),
  );
}
