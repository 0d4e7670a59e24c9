import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common.js';
import {
  CoverageGrantListSchema,
  CoverageGrantSchema,
  CoverageOfferListSchema,
  CoverageSettingsSchema,
  NoticeListSchema,
  OpenCoverageBodySchema,
} from '../../contracts/coverage.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { readCoverageSettings, updateCoverageSettings } from './coverage-settings.js';
import { endCoverage } from './end-coverage.js';
import { listCoverageOffers, listMyCoverage } from './list-coverage.js';
import { listNotices, seeNotice } from './notices.js';
import { openCoverage } from './open-coverage.js';

const Done = z.object({ ended: z.boolean() });
const Seen = z.object({ seen: z.boolean() });

export function coverageRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['coverage'];
  app.post(
    '/api/clients/:id/coverage',
    { schema: { tags, params: IdParamsSchema, body: OpenCoverageBodySchema, response: { 200: CoverageGrantSchema, ...staffErrors } } },
    async (request) => openCoverage(deps, request.ctx, { clientId: request.params.id, ...request.body }),
  );
  app.get('/api/coverage', { schema: { tags, response: { 200: CoverageGrantListSchema, ...staffErrors } } }, async (request) =>
    listMyCoverage(deps, request.ctx),
  );
  app.post(
    '/api/coverage/:id/end',
    { schema: { tags, params: IdParamsSchema, response: { 200: Done, ...staffErrors } } },
    async (request) => endCoverage(deps, request.ctx, request.params),
  );
  app.get('/api/coverage/offers', { schema: { tags, response: { 200: CoverageOfferListSchema, ...staffErrors } } }, async (request) =>
    listCoverageOffers(deps, request.ctx),
  );
  app.get('/api/coverage/settings', { schema: { tags, response: { 200: CoverageSettingsSchema, ...staffErrors } } }, async (request) =>
    readCoverageSettings(deps, request.ctx),
  );
  app.put(
    '/api/coverage/settings',
    { schema: { tags, body: CoverageSettingsSchema, response: { 200: CoverageSettingsSchema, ...staffErrors } } },
    async (request) => updateCoverageSettings(deps, request.ctx, request.body),
  );
  app.get('/api/notices', { schema: { tags: ['notices'], response: { 200: NoticeListSchema, ...staffErrors } } }, async (request) =>
    listNotices(deps, request.ctx),
  );
  app.post(
    '/api/notices/:id/seen',
    { schema: { tags: ['notices'], params: IdParamsSchema, response: { 200: Seen, ...staffErrors } } },
    async (request) => seeNotice(deps, request.ctx, request.params),
  );
}
