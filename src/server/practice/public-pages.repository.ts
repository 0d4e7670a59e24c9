import type { Kysely } from 'kysely';
import type { PublicPage } from '../../contracts/public-pages.contracts.js';
import type { Database, PublicPagesTable } from '../../db/schema.js';
import { type DefaultPage, defaultPages, type PublicPageSlug } from './default-pages.js';

function merge(page: DefaultPage, saved: PublicPagesTable | undefined): PublicPage {
  return {
    slug: page.slug,
    path: page.path,
    navLabel: page.navLabel,
    title: saved?.title ?? page.title,
    description: saved?.description ?? page.description,
    body: saved?.body ?? page.body,
    isDefault: saved === undefined,
    reviewedAt: saved?.reviewed_at ?? null,
    updatedAt: saved?.updated_at ?? null,
  };
}

/** Every page exists from the first start: a saved version replaces the default text, nothing else. */
export async function listPublicPages(db: Kysely<Database>): Promise<PublicPage[]> {
  const saved = await db.selectFrom('public_pages').selectAll().execute();
  const bySlug = new Map(saved.map((row) => [row.slug, row]));
  return defaultPages.map((page) => merge(page, bySlug.get(page.slug)));
}

export async function getPublicPage(db: Kysely<Database>, slug: PublicPageSlug): Promise<PublicPage> {
  const page = defaultPages.find((p) => p.slug === slug);
  if (!page) throw new Error(`unknown page ${slug}`);
  const saved = await db.selectFrom('public_pages').selectAll().where('slug', '=', slug).executeTakeFirst();
  return merge(page, saved);
}

export async function savePublicPage(
  db: Kysely<Database>,
  page: { slug: PublicPageSlug; title: string; description: string; body: string; reviewedAt: string | null; by: string; at: string },
): Promise<void> {
  const values = {
    title: page.title,
    description: page.description,
    body: page.body,
    reviewed_at: page.reviewedAt,
    updated_at: page.at,
    updated_by: page.by,
  };
  await db
    .insertInto('public_pages')
    .values({ slug: page.slug, ...values })
    .onConflict((oc) => oc.column('slug').doUpdateSet(values))
    .execute();
}

export async function deletePublicPage(db: Kysely<Database>, slug: PublicPageSlug): Promise<void> {
  await db.deleteFrom('public_pages').where('slug', '=', slug).execute();
}
