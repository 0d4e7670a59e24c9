import { z } from 'zod';
import { EmailSchema } from './common.js';

const Status = z.enum(['kept', 'queued', 'sending', 'sent', 'failed']);

/** Whether Holdspace can send mail. The server is host and port only: a password in SMTP_URL never leaves the server. */
export const MailSetupSchema = z
  .object({
    configured: z.boolean(),
    server: z.string().nullable(),
    from: z.string().nullable(),
    publicUrl: z.string().describe('Where links in mail point (PUBLIC_URL)'),
    outbox: z.object({ kept: z.number().int(), queued: z.number().int(), failed: z.number().int() }),
  })
  .meta({ id: 'MailSetup' });

/** Empty or absent `to`: the message goes to the admin's own address. */
export const TestMessageBodySchema = z.object({
  to: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), EmailSchema.optional()),
});

/**
 * kept: no mail server is set up, so it waits in the outbox; queued/sending: on its way (error says why an
 * earlier try failed); sent: the mail server accepted it; failed: every try was refused.
 */
export const TestMessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    status: Status,
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'TestMessage' });

export type MailSetup = z.infer<typeof MailSetupSchema>;
export type TestMessage = z.infer<typeof TestMessageSchema>;
