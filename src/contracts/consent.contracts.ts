import { z } from 'zod';

/*
 * Consent documents and signatures.
 *   GET  /api/consent-documents                     → ConsentDocumentList   (any staff; admin manages)
 *   POST /api/consent-documents       NewConsentDocumentBody → ConsentDocument (admin)
 *   POST /api/consent-documents/:id/versions PublishConsentVersionBody → PublishConsentResult (admin)
 *   GET  /api/clients/:id/consents                   → ClientConsents (care team, admin: who has signed what)
 *   GET  /api/consent-signatures/:id                 → ConsentSignature (the exact text signed, for print)
 * Portal:
 *   GET  /api/portal/consents                        → PortalConsents (to sign, and signed)
 *   GET  /api/portal/consents/:versionId             → ConsentVersion (the text to read)
 *   POST /api/portal/consents/:versionId/sign SignConsentBody → ConsentSignature
 */

const KeySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{2,59}$/, 'use lower-case letters, digits and underscores, like kap_informed_consent');

export const ConsentVersionSchema = z
  .object({
    id: z.string().describe('the id of this version; a signature names it'),
    documentId: z.string(),
    key: z.string(),
    version: z.number().int(),
    title: z.string(),
    bodyMarkdown: z.string(),
    bodyHtml: z.string().describe('rendered from the Markdown, safe to show'),
    required: z.boolean(),
    isTemplate: z.boolean().describe('true: the shipped default, which the practice must review with its own counsel'),
    publishedAt: z.string(),
    publishedByName: z.string().nullable().describe('null: shipped with Holdspace'),
  })
  .meta({ id: 'ConsentVersion' });

export const ConsentDocumentSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    current: ConsentVersionSchema,
    versions: z.array(ConsentVersionSchema.pick({ id: true, version: true, title: true, required: true, publishedAt: true })),
    retired: z.boolean(),
  })
  .meta({ id: 'ConsentDocument' });
export const ConsentDocumentListSchema = z.object({ documents: z.array(ConsentDocumentSchema) });

export const NewConsentDocumentBodySchema = z.object({
  key: KeySchema,
  title: z.string().trim().min(1, 'give the document a title').max(200),
  bodyMarkdown: z.string().trim().min(1, 'write the text of the document').max(100_000),
  required: z.boolean(),
});
export const PublishConsentVersionBodySchema = NewConsentDocumentBodySchema.omit({ key: true });
export const PublishConsentResultSchema = z.object({
  document: ConsentDocumentSchema,
  reconsentRequested: z.number().int().describe('clients on a current course asked to sign this version'),
});

export const SignConsentBodySchema = z.object({
  typedName: z.string().trim().min(2, 'type your full name').max(200, 'must be at most 200 characters'),
  agreed: z.literal(true, 'tick the box to say you have read and agree'),
});

export const ConsentSignatureSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    versionId: z.string(),
    key: z.string(),
    version: z.number().int(),
    title: z.string(),
    bodyMarkdown: z.string().describe('the exact text of the version signed'),
    bodyHtml: z.string(),
    typedName: z.string(),
    signedAt: z.string(),
    ipAddress: z.string(),
  })
  .meta({ id: 'ConsentSignature' });

export const CONSENT_STATES = ['signed_current', 'signed_older_version', 'not_signed'] as const;
export const ClientConsentStatusSchema = z.object({
  documentId: z.string(),
  key: z.string(),
  title: z.string(),
  required: z.boolean(),
  currentVersion: z.number().int(),
  currentVersionId: z.string(),
  state: z.enum(CONSENT_STATES),
  signatures: z.array(ConsentSignatureSchema.pick({ id: true, version: true, typedName: true, signedAt: true })),
});
export const ClientConsentsSchema = z.object({ consents: z.array(ClientConsentStatusSchema) }).meta({ id: 'ClientConsents' });

export const PortalConsentsSchema = z.object({
  toSign: z.array(ConsentVersionSchema.pick({ id: true, key: true, version: true, title: true, required: true })),
  signed: z.array(ConsentSignatureSchema.pick({ id: true, key: true, version: true, title: true, signedAt: true })),
});

export type ConsentVersionView = z.infer<typeof ConsentVersionSchema>;
export type ConsentDocumentView = z.infer<typeof ConsentDocumentSchema>;
export type ConsentSignatureView = z.infer<typeof ConsentSignatureSchema>;
