import { IdParamsSchema } from '../../contracts/common.js';
import {
  ClearanceSchema,
  ClientMedicalSchema,
  ClinicalSettingsSchema,
  RecordClearanceBodySchema,
  RecordScreeningBodySchema,
  ScreeningSchema,
  WithdrawClearanceBodySchema,
} from '../../contracts/medical.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { readClinicalSettings, updateClinicalSettings } from './clinical-settings.js';
import { readClientMedical } from './read-client-medical.js';
import { recordClearance } from './record-clearance.js';
import { recordScreening } from './record-screening.js';
import { withdrawClearance } from './withdraw-clearance.js';

export function medicalRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['medical'];
  app.get(
    '/api/clients/:id/medical',
    { schema: { tags, params: IdParamsSchema, response: { 200: ClientMedicalSchema, ...staffErrors } } },
    async (request) => readClientMedical(deps, request.ctx, request.params),
  );
  app.post(
    '/api/clients/:id/screenings',
    { schema: { tags, params: IdParamsSchema, body: RecordScreeningBodySchema, response: { 200: ScreeningSchema, ...staffErrors } } },
    async (request) => recordScreening(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/clients/:id/clearances',
    { schema: { tags, params: IdParamsSchema, body: RecordClearanceBodySchema, response: { 200: ClearanceSchema, ...staffErrors } } },
    async (request) => recordClearance(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/clearances/:id/withdraw',
    { schema: { tags, params: IdParamsSchema, body: WithdrawClearanceBodySchema, response: { 200: ClearanceSchema, ...staffErrors } } },
    async (request) => withdrawClearance(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.get(
    '/api/practice/clinical-settings',
    { schema: { tags, response: { 200: ClinicalSettingsSchema, ...staffErrors } } },
    async (request) => readClinicalSettings(deps, request.ctx),
  );
  app.put(
    '/api/practice/clinical-settings',
    { schema: { tags, body: ClinicalSettingsSchema, response: { 200: ClinicalSettingsSchema, ...staffErrors } } },
    async (request) => updateClinicalSettings(deps, request.ctx, request.body),
  );
}
