import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import type { PublicPageSlug } from './default-pages.js';
import { practicePolicy } from './practice.policy.js';
import { getPracticeSettings } from './practice.repository.js';
import { getPublicPage, listPublicPages } from './public-pages.repository.js';
import { renderPageMarkdown } from './render-markdown.js';

export async function listPagesForEditing(deps: Deps, ctx: RequestContext) {
  authorize(ctx, practicePolicy.editPages);
  return { pages: await listPublicPages(deps.db) };
}

export async function readPageForEditing(deps: Deps, ctx: RequestContext, input: { slug: PublicPageSlug }) {
  authorize(ctx, practicePolicy.editPages);
  return getPublicPage(deps.db, input.slug);
}

/** The preview goes through the same renderer as the public site, so what the admin sees is what visitors get. */
export async function previewPageMarkdown(deps: Deps, ctx: RequestContext, input: { body: string }) {
  authorize(ctx, practicePolicy.editPages);
  const practice = await getPracticeSettings(deps.db);
  return { html: renderPageMarkdown(input.body, practice) };
}
