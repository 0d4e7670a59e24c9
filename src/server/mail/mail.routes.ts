import { IdParamsSchema } from '../../contracts/common.js';
import { MailSetupSchema, TestMessageBodySchema, TestMessageSchema } from '../../contracts/mail.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { readMailSetup } from './read-mail-setup.js';
import { readTestMessage, sendTestMessage } from './send-test-message.js';

export function mailRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['mail'];
  app.get('/api/mail/setup', { schema: { tags, response: { 200: MailSetupSchema, ...staffErrors } } }, async (request) =>
    readMailSetup(deps, request.ctx),
  );
  app.post(
    '/api/mail/test-messages',
    { schema: { tags, body: TestMessageBodySchema, response: { 200: TestMessageSchema, ...staffErrors } } },
    async (request) => sendTestMessage(deps, request.ctx, request.body),
  );
  app.get(
    '/api/mail/test-messages/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: TestMessageSchema, ...staffErrors } } },
    async (request) => readTestMessage(deps, request.ctx, request.params),
  );
}
