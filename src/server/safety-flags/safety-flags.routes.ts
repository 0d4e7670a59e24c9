import { IdParamsSchema } from '../../contracts/common.js';
import {
  AcknowledgeFlagBodySchema,
  SafetyFlagListQuerySchema,
  SafetyFlagListSchema,
  SafetyFlagSchema,
} from '../../contracts/safety-flags.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { acknowledgeSafetyFlag } from './acknowledge-safety-flag.js';
import { listSafetyFlags } from './list-safety-flags.js';

export function safetyFlagsRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['safety flags'];
  app.get(
    '/api/safety-flags',
    { schema: { tags, querystring: SafetyFlagListQuerySchema, response: { 200: SafetyFlagListSchema, ...staffErrors } } },
    async (request) => listSafetyFlags(deps, request.ctx, request.query),
  );
  app.post(
    '/api/safety-flags/:id/acknowledge',
    { schema: { tags, params: IdParamsSchema, body: AcknowledgeFlagBodySchema, response: { 200: SafetyFlagSchema, ...staffErrors } } },
    async (request) => acknowledgeSafetyFlag(deps, request.ctx, { ...request.params, ...request.body }),
  );
}
