import { z } from 'zod';
import { text } from './common.js';

export const PublicPageSlugSchema = z.enum([
  'home',
  'what-is-kap',
  'who-it-may-help',
  'how-it-works',
  'kap-and-trauma',
  'is-it-right-for-you',
  'begin',
]);

export const PublicPageSchema = z
  .object({
    slug: PublicPageSlugSchema,
    path: z.string(),
    navLabel: z.string(),
    title: z.string(),
    description: z.string(),
    body: z.string().describe('Markdown; raw HTML is not allowed. {{practiceName}} and {{therapistName}} are filled in.'),
    isDefault: z.boolean().describe('true while the page still shows Holdspace’s default text'),
    reviewedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'PublicPage' });

export const PublicPageListSchema = z.object({ pages: z.array(PublicPageSchema) });

export const SavePublicPageBodySchema = z.object({
  title: text(120, 'a title'),
  description: text(160, 'a short description'),
  body: text(20_000, 'the page text'),
  reviewed: z.boolean().default(true).describe('the admin has read the page and it is ready for visitors'),
});

export const PreviewMarkdownBodySchema = z.object({ body: z.string().max(20_000, 'must be at most 20,000 characters') });
export const PreviewMarkdownResponseSchema = z.object({ html: z.string() });
export const PageSlugParamsSchema = z.object({ slug: PublicPageSlugSchema });

export type PublicPage = z.infer<typeof PublicPageSchema>;
export type SavePublicPageBody = z.infer<typeof SavePublicPageBodySchema>;
