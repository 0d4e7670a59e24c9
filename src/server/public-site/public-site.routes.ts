import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { EnquiryFormSchema } from '../../contracts/enquiries.contracts.js';
import type { PublicPage } from '../../contracts/public-pages.contracts.js';
import { nameAtSentenceStart, nameMidSentence } from '../../domain/practice/placeholder-names.js';
import { submitEnquiry } from '../enquiries/index.js';
import type { Deps } from '../platform/deps.js';
import { AppError } from '../platform/errors.js';
import {
  defaultPages,
  fillPlainText,
  getPracticeSettings,
  listPublicPages,
  renderPageMarkdown,
  type StoredPracticeSettings,
} from '../practice/index.js';
import { type FormErrors, type FormValues, renderConsultationForm, renderErrorSummary } from './consultation-form.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderLayout } from './layout.js';
import { readSiteAssets } from './site-assets.js';

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#1f5f5b"/><path d="M10 18a6 6 0 0 1 12 0z" fill="#f7f3ec"/><path d="M7 18h18M10 22h12M13 26h6" stroke="#f7f3ec" stroke-width="2" stroke-linecap="round"/></svg>`;

function sendPage(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
}

/** The practice's public site: server-rendered HTML with no JavaScript, so it is fast and works everywhere. */
export async function publicSiteRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const assets = readSiteAssets(deps.config.webDir);

  async function pageFrame(currentPath: string) {
    const [practice, pages] = await Promise.all([getPracticeSettings(deps.db), listPublicPages(deps.db)]);
    const page = pages.find((p) => p.path === currentPath);
    return { practice, pages, page };
  }

  function article(page: PublicPage, practice: StoredPracticeSettings, extra: SafeHtml | '' = '', alert: SafeHtml | '' = ''): SafeHtml {
    return html`<article class="page">
  ${alert}
  <header class="page__header">
    <h1>${fillPlainText(page.title, practice)}</h1>
  </header>
  <div class="prose">
  ${raw(renderPageMarkdown(page.body, practice))}
  </div>
</article>${extra}`;
  }

  // The home page opens with a short band: what this is, and the one step a visitor can take.
  function home(page: PublicPage, practice: StoredPracticeSettings): SafeHtml {
    return html`<section class="hero" aria-labelledby="hero-title">
  <div class="hero__inner">
    <h1 id="hero-title">${fillPlainText(page.title, practice)}</h1>
    <p class="hero__lead">${fillPlainText(page.description, practice)}</p>
    <p class="hero__actions">
      <a class="button button--primary button--large" href="/begin">Begin with a consultation</a>
      <a class="button button--quiet button--large" href="/how-it-works">How the three phases work</a>
    </p>
  </div>
</section>
<div class="page page--home">
  <div class="prose">
  ${raw(renderPageMarkdown(page.body, practice))}
  </div>
</div>`;
  }

  // Every reading page ends in the same quiet invitation, so the next step is never hard to find.
  function nextStep(practice: StoredPracticeSettings): SafeHtml {
    return html`<section class="next-step" aria-labelledby="next-step-title">
  <h2 id="next-step-title">Questions are welcome</h2>
  <p>A consultation is an unhurried conversation with ${nameMidSentence(practice.therapistName)}, not a commitment. You can ask anything, and decide afterwards whether to go on.</p>
  <p><a class="button button--primary" href="/begin">Begin with a consultation</a></p>
</section>`;
  }

  for (const defaultPage of defaultPages.filter((p) => p.slug !== 'begin')) {
    app.get(defaultPage.path, async (_request, reply) => {
      const { practice, pages, page } = await pageFrame(defaultPage.path);
      if (!page) return reply.callNotFound();
      const isHome = page.slug === 'home';
      const content = isHome ? home(page, practice) : article(page, practice, nextStep(practice));
      return sendPage(
        reply,
        200,
        renderLayout({
          title: page.title,
          description: page.description,
          currentPath: page.path,
          practice,
          pages,
          assets,
          content,
          kind: isHome ? 'home' : 'reading',
        }),
      );
    });
  }

  async function renderBegin(reply: FastifyReply, status: number, values: FormValues, errors: FormErrors, notice?: string) {
    const { practice, pages, page } = await pageFrame('/begin');
    if (!page) return reply.callNotFound();
    const content = article(
      page,
      practice,
      html`<section class="form-panel" aria-labelledby="form-title">
  <h2 id="form-title">Your request</h2>
  ${renderConsultationForm(practice, values, errors)}
</section>`,
      renderErrorSummary(errors, notice),
    );
    const title = Object.keys(errors).length > 0 || notice ? `Error: ${page.title}` : page.title;
    return sendPage(
      reply,
      status,
      renderLayout({ title, description: page.description, currentPath: '/begin', practice, pages, assets, content, kind: 'begin' }),
    );
  }

  app.get('/begin', async (_request, reply) => renderBegin(reply, 200, {}, {}));

  await app.register(async (formScope) => {
    await formScope.register(formbody, { bodyLimit: 16_384 });
    formScope.post('/begin', async (request, reply) => {
      const raw = (request.body ?? {}) as Record<string, unknown>;
      const values: FormValues = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
      const parsed = EnquiryFormSchema.safeParse(raw);
      if (!parsed.success) {
        const errors: FormErrors = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'name');
          errors[field] ??= issue.message;
        }
        return renderBegin(reply, 400, values, errors);
      }
      try {
        await submitEnquiry(deps, request.ctx, parsed.data);
      } catch (error) {
        if (error instanceof AppError && error.status === 429) return renderBegin(reply, 429, values, {}, error.message);
        throw error;
      }
      return reply.redirect('/begin/thanks', 303);
    });
  });

  app.get('/begin/thanks', async (_request, reply) => {
    const { practice, pages } = await pageFrame('/begin');
    const content = html`<article class="page confirmation">
  <header class="page__header confirmation__header">
    <p class="confirmation__status"><span class="confirmation__tick" aria-hidden="true"></span>Request received</p>
    <h1>Thank you — your request has been sent</h1>
  </header>
  <div class="prose">
  <p class="confirmation__lead">It has reached ${nameMidSentence(practice.practiceName)} safely. You do not need to do anything else right now.</p>
  <h2>What happens next</h2>
  <ol class="steps">
    <li>${nameAtSentenceStart(practice.therapistName)} or someone from the practice will read your request, usually within two working days.</li>
    <li>They will get in touch in the way you asked, to answer any first questions and find a time for a consultation.</li>
    <li>The consultation is a conversation, not a commitment. You can decide afterwards whether to go on.</li>
  </ol>
  <p>While you wait, you may like to read about <a href="/how-it-works">how the three phases work</a>.</p>
  <p><a href="/">Back to the home page</a></p>
  </div>
</article>`;
    return sendPage(
      reply,
      200,
      renderLayout({
        title: 'Request sent',
        description: 'Your consultation request has been sent.',
        currentPath: '/begin/thanks',
        practice,
        pages,
        assets,
        content,
        kind: 'thanks',
      }),
    );
  });

  app.get('/robots.txt', async (_request, reply) => reply.type('text/plain').send('User-agent: *\nDisallow: /app/\nDisallow: /api/\n'));
  app.get('/favicon.svg', async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON),
  );
  app.get('/favicon.ico', async (_request, reply) => reply.redirect('/favicon.svg', 301));
}

export async function renderNotFoundPage(deps: Deps): Promise<string> {
  const [practice, pages] = await Promise.all([getPracticeSettings(deps.db), listPublicPages(deps.db)]);
  const content = html`<article class="page not-found">
  <header class="page__header">
    <p class="page__eyebrow">Page not found</p>
    <h1>We could not find that page</h1>
  </header>
  <div class="prose">
  <p>The address may have changed, or the page may have moved.</p>
  <p>You could start again from the <a href="/">home page</a>, read about <a href="/how-it-works">how the three phases work</a>, or <a href="/begin">request a consultation</a>.</p>
  </div>
</article>`;
  return renderLayout({
    title: 'Page not found',
    description: 'This page could not be found.',
    currentPath: '',
    practice,
    pages,
    assets: readSiteAssets(deps.config.webDir),
    content,
    kind: 'not-found',
  });
}
