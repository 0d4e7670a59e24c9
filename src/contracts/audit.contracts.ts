import { z } from 'zod';

export const AuditQuerySchema = z.object({
  before: z.coerce.number().int().min(1).optional().describe('Show rows older than this sequence number'),
  action: z.string().trim().max(80).optional().describe('Rows whose action starts with this, e.g. `enquiry.` or `auth.sign_in`'),
  recordId: z.string().trim().max(80).optional(),
  actorId: z.string().trim().max(80).optional().describe('Rows written by this person'),
  clientId: z.string().trim().max(80).optional().describe('Rows about this client (their chart, records and portal)'),
  kind: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,40}$/, 'A kind of action, such as client or consultation')
    .optional()
    .describe('The kind of action: the part of the action before the dot'),
  from: z.iso.date().optional().describe('From this day (practice time zone), inclusive'),
  to: z.iso.date().optional().describe('Up to this day (practice time zone), inclusive'),
});

/** The filters without paging, for the CSV export. */
export const AuditExportQuerySchema = AuditQuerySchema.omit({ before: true });

export const AuditRowSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** The batch the row was sealed into and its own hash; both null in the second or so before it is sealed. */
  batch: z.number().nullable(),
  hash: z.string().nullable(),
});

export const AuditPageSchema = z.object({ rows: z.array(AuditRowSchema), nextBefore: z.number().nullable() });

const AuditHeadSchema = z.object({
  batch: z.number(),
  hash: z.string(),
  lastSeq: z.number(),
  sealedAt: z.string(),
});

export const AuditVerifySchema = z.object({
  checked: z.number(),
  intact: z.boolean(),
  problems: z.array(z.object({ kind: z.string(), seq: z.number(), batch: z.number().optional() })),
  /** The newest sealed batch: write `batch:hash` down somewhere safe to check it later (`--expect-head`). */
  head: AuditHeadSchema.nullable(),
  /** The head this server keeps in DATA_DIR, and whether the database still holds it unchanged. */
  keptHead: AuditHeadSchema.extend({ matches: z.boolean() }).nullable(),
});

export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;
export type AuditRow = z.infer<typeof AuditRowSchema>;
