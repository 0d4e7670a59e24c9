import { z } from 'zod';

export const OutboxMailSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  purpose: z.string(),
  status: z.enum(['kept', 'queued', 'sending', 'sent', 'failed']),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});

export const OutboxSchema = z.object({ smtpConfigured: z.boolean(), mail: z.array(OutboxMailSchema) });
export type OutboxMail = z.infer<typeof OutboxMailSchema>;
