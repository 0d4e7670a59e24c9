import { OutboxSchema } from '../../contracts/outbox.contracts.js';
import { PracticeSettingsResponseSchema, PracticeSettingsSchema } from '../../contracts/practice.contracts.js';
import {
  PageSlugParamsSchema,
  PreviewMarkdownBodySchema,
  PreviewMarkdownResponseSchema,
  PublicPageListSchema,
  PublicPageSchema,
  SavePublicPageBodySchema,
} from '../../contracts/public-pages.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { listOutbox } from './list-outbox.js';
import { readPracticeSettings } from './read-practice-settings.js';
import { listPagesForEditing, previewPageMarkdown, readPageForEditing } from './read-public-pages.js';
import { restoreDefaultPage, savePublicPageText } from './save-public-page.js';
import { updatePracticeSettings } from './update-practice-settings.js';

export function practiceRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['practice'];
  app.get('/api/practice', { schema: { tags, response: { 200: PracticeSettingsResponseSchema, ...staffErrors } } }, async (request) =>
    readPracticeSettings(deps, request.ctx),
  );

  app.put(
    '/api/practice',
    { schema: { tags, body: PracticeSettingsSchema, response: { 200: PracticeSettingsResponseSchema, ...staffErrors } } },
    async (request) => updatePracticeSettings(deps, request.ctx, request.body),
  );

  app.get('/api/practice/pages', { schema: { tags, response: { 200: PublicPageListSchema, ...staffErrors } } }, async (request) =>
    listPagesForEditing(deps, request.ctx),
  );

  app.post(
    '/api/practice/pages/preview',
    { schema: { tags, body: PreviewMarkdownBodySchema, response: { 200: PreviewMarkdownResponseSchema, ...staffErrors } } },
    async (request) => previewPageMarkdown(deps, request.ctx, request.body),
  );

  app.get(
    '/api/practice/pages/:slug',
    { schema: { tags, params: PageSlugParamsSchema, response: { 200: PublicPageSchema, ...staffErrors } } },
    async (request) => readPageForEditing(deps, request.ctx, request.params),
  );

  app.put(
    '/api/practice/pages/:slug',
    { schema: { tags, params: PageSlugParamsSchema, body: SavePublicPageBodySchema, response: { 200: PublicPageSchema, ...staffErrors } } },
    async (request) => savePublicPageText(deps, request.ctx, { ...request.params, ...request.body }),
  );

  app.post(
    '/api/practice/pages/:slug/restore-default',
    { schema: { tags, params: PageSlugParamsSchema, response: { 200: PublicPageSchema, ...staffErrors } } },
    async (request) => restoreDefaultPage(deps, request.ctx, request.params),
  );

  app.get('/api/outbox', { schema: { tags, response: { 200: OutboxSchema, ...staffErrors } } }, async (request) =>
    listOutbox(deps, request.ctx),
  );
}
