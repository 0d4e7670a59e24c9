import { IdParamsSchema } from '../../contracts/common.js';
import {
  AcknowledgeFlagBodySchema,
  FlagSeenSchema,
  SafetyFlagListQuerySchema,
  SafetyFlagListSchema,
  SafetyFlagSchema,
  UnseenFlagsSchema,
} from '../../contracts/safety-flags.contracts.js';
import { sessionStillActive } from '../auth/index.js';
import { authorize } from '../platform/authorize.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { streamEvents } from '../platform/live/sse.js';
import { acknowledgeSafetyFlag } from './acknowledge-safety-flag.js';
import { countMyUnseenFlags } from './count-unseen-flags.js';
import { flagAlertsTopic } from './flag-alerts-topic.js';
import { listSafetyFlags } from './list-safety-flags.js';
import { markSafetyFlagSeen } from './mark-flag-seen.js';
import { safetyFlagsPolicy } from './safety-flags.policy.js';

export function safetyFlagsRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['safety flags'];
  app.get(
    '/api/safety-flags',
    { schema: { tags, querystring: SafetyFlagListQuerySchema, response: { 200: SafetyFlagListSchema, ...staffErrors } } },
    async (request) => listSafetyFlags(deps, request.ctx, request.query),
  );
  app.get('/api/safety-flags/unseen', { schema: { tags, response: { 200: UnseenFlagsSchema, ...staffErrors } } }, async (request) =>
    countMyUnseenFlags(deps, request.ctx),
  );
  // Each person's own alerts, live: ids only. The stream is not activity, so an unattended screen still signs out.
  app.get(
    '/api/safety-flags/stream',
    { schema: { tags, hide: true } },
    streamEvents(app, deps, {
      sessionStillActive,
      authorize: async (request) => {
        const actor = authorize(request.ctx, safetyFlagsPolicy.listMine);
        return { topic: flagAlertsTopic(actor.userId) };
      },
    }),
  );
  app.post(
    '/api/safety-flags/:id/seen',
    { schema: { tags, params: IdParamsSchema, response: { 200: FlagSeenSchema, ...staffErrors } } },
    async (request) => markSafetyFlagSeen(deps, request.ctx, request.params),
  );
  app.post(
    '/api/safety-flags/:id/acknowledge',
    { schema: { tags, params: IdParamsSchema, body: AcknowledgeFlagBodySchema, response: { 200: SafetyFlagSchema, ...staffErrors } } },
    async (request) => acknowledgeSafetyFlag(deps, request.ctx, { ...request.params, ...request.body }),
  );
}
