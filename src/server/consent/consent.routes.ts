import { IdParamsSchema } from '../../contracts/common.js';
import {
  ClientConsentsSchema,
  ConsentDocumentListSchema,
  ConsentDocumentSchema,
  ConsentSignatureSchema,
  ConsentVersionSchema,
  NewConsentDocumentBodySchema,
  PortalConsentsSchema,
  PublishConsentResultSchema,
  PublishConsentVersionBodySchema,
  SignConsentBodySchema,
} from '../../contracts/consent.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { createConsentDocument } from './create-consent-document.js';
import { listConsentDocuments } from './list-consent-documents.js';
import { listPortalConsents, readPortalConsentVersion } from './portal-consents.js';
import { publishConsentVersion } from './publish-consent-version.js';
import { readClientConsents, readConsentSignature } from './read-client-consents.js';
import { signConsent } from './sign-consent.js';

const ok = <T>(schema: T) => ({ 200: schema, ...staffErrors });

export function consentRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['consent'];
  app.get('/api/consent-documents', { schema: { tags, response: ok(ConsentDocumentListSchema) } }, async (r) =>
    listConsentDocuments(deps, r.ctx),
  );
  app.post(
    '/api/consent-documents',
    { schema: { tags, body: NewConsentDocumentBodySchema, response: ok(ConsentDocumentSchema) } },
    async (r) => createConsentDocument(deps, r.ctx, r.body),
  );
  app.post(
    '/api/consent-documents/:id/versions',
    { schema: { tags, params: IdParamsSchema, body: PublishConsentVersionBodySchema, response: ok(PublishConsentResultSchema) } },
    async (r) => publishConsentVersion(deps, r.ctx, { ...r.body, documentId: r.params.id }),
  );
  app.get('/api/clients/:id/consents', { schema: { tags, params: IdParamsSchema, response: ok(ClientConsentsSchema) } }, async (r) =>
    readClientConsents(deps, r.ctx, r.params),
  );
  app.get('/api/consent-signatures/:id', { schema: { tags, params: IdParamsSchema, response: ok(ConsentSignatureSchema) } }, async (r) =>
    readConsentSignature(deps, r.ctx, r.params),
  );
  const portal = ['client portal'];
  app.get('/api/portal/consents', { schema: { tags: portal, response: ok(PortalConsentsSchema) } }, async (r) =>
    listPortalConsents(deps, r.ctx),
  );
  app.get('/api/portal/consents/:id', { schema: { tags: portal, params: IdParamsSchema, response: ok(ConsentVersionSchema) } }, async (r) =>
    readPortalConsentVersion(deps, r.ctx, r.params),
  );
  app.post(
    '/api/portal/consents/:id/sign',
    { schema: { tags: portal, params: IdParamsSchema, body: SignConsentBodySchema, response: ok(ConsentSignatureSchema) } },
    async (r) => signConsent(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
}
