import { IdParamsSchema } from '../../contracts/common.js';
import {
  AssignMeasureBodySchema,
  ClientMeasuresSchema,
  ClinicianScoreBodySchema,
  ClinicianScoreSchema,
  EntryDraftBodySchema,
  EntryDraftParamsSchema,
  EntryDraftSavedSchema,
  InstrumentListSchema,
  InstrumentParamsSchema,
  InstrumentSchema,
  MeasureAssignmentSchema,
  RecordedResponseSchema,
  RecordResponseBodySchema,
} from '../../contracts/measures.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { assignMeasure } from './assign-measure.js';
import { cancelAssignment } from './cancel-assignment.js';
import { listInstruments, readInstrument } from './list-instruments.js';
import { readClientMeasures } from './read-client-measures.js';
import { recordClinicianScore } from './record-clinician-score.js';
import { recordMeasureWithClient } from './record-measure-with-client.js';
import { saveEntryDraft } from './save-entry-draft.js';

export function measuresRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['measures'];
  app.get('/api/instruments', { schema: { tags, response: { 200: InstrumentListSchema, ...staffErrors } } }, async (request) =>
    listInstruments(deps, request.ctx),
  );
  app.get(
    '/api/instruments/:instrumentId',
    { schema: { tags, params: InstrumentParamsSchema, response: { 200: InstrumentSchema, ...staffErrors } } },
    async (request) => readInstrument(deps, request.ctx, request.params),
  );
  app.get(
    '/api/clients/:id/measures',
    { schema: { tags, params: IdParamsSchema, response: { 200: ClientMeasuresSchema, ...staffErrors } } },
    async (request) => readClientMeasures(deps, request.ctx, request.params),
  );
  app.post(
    '/api/clients/:id/measure-assignments',
    { schema: { tags, params: IdParamsSchema, body: AssignMeasureBodySchema, response: { 200: MeasureAssignmentSchema, ...staffErrors } } },
    async (request) => assignMeasure(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/measure-assignments/:id/cancel',
    { schema: { tags, params: IdParamsSchema, response: { 200: MeasureAssignmentSchema, ...staffErrors } } },
    async (request) => cancelAssignment(deps, request.ctx, request.params),
  );
  app.post(
    '/api/clients/:id/measure-responses',
    { schema: { tags, params: IdParamsSchema, body: RecordResponseBodySchema, response: { 200: RecordedResponseSchema, ...staffErrors } } },
    async (request) => recordMeasureWithClient(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.put(
    '/api/clients/:id/measure-entries/:entryId/draft',
    {
      schema: {
        tags,
        params: EntryDraftParamsSchema,
        body: EntryDraftBodySchema,
        response: { 200: EntryDraftSavedSchema, ...staffErrors },
      },
    },
    async (request) => saveEntryDraft(deps, request.ctx, { ...request.params, ...request.body }),
  );
  app.post(
    '/api/clients/:id/clinician-scores',
    { schema: { tags, params: IdParamsSchema, body: ClinicianScoreBodySchema, response: { 200: ClinicianScoreSchema, ...staffErrors } } },
    async (request) => recordClinicianScore(deps, request.ctx, { ...request.params, ...request.body }),
  );
}
