import type { PublicPage } from '../../contracts/public-pages.contracts.js';
import type { StoredPracticeSettings } from '../practice/practice.repository.js';
import { fillPlainText } from '../practice/render-markdown.js';
import { html, type SafeHtml } from './html.js';
import type { SiteAssets } from './site-assets.js';

export interface LayoutOptions {
  title: string;
  description: string;
  currentPath: string;
  practice: StoredPracticeSettings;
  pages: PublicPage[];
  assets: SiteAssets;
  content: SafeHtml;
}

function crisisNotice(practice: StoredPracticeSettings): SafeHtml {
  return html`<aside class="crisis-notice" aria-label="If you need help now">
  <p><strong>This site is not for emergencies.</strong> If you are in crisis or thinking about suicide, call or text
  <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline) any time, or call
  <a href="tel:${practice.emergencyNumber.replace(/\s/g, '')}">${practice.emergencyNumber}</a> or go to your nearest emergency room.</p>
</aside>`;
}

function navigation(pages: PublicPage[], currentPath: string): SafeHtml {
  const links = pages
    .filter((page) => page.slug !== 'home' && page.slug !== 'begin')
    .map(
      (page) => html`<li><a href="${page.path}"${page.path === currentPath ? html` aria-current="page"` : ''}>${page.navLabel}</a></li>`,
    );
  const begin = pages.find((page) => page.slug === 'begin');
  return html`<nav class="site-nav" aria-label="Main">
  <details class="site-nav__menu">
    <summary>Menu</summary>
    <ul>${links}</ul>
  </details>
  <ul class="site-nav__wide">${links}</ul>
  ${begin ? html`<a class="button button--primary site-nav__begin" href="${begin.path}"${begin.path === currentPath ? html` aria-current="page"` : ''}>${begin.navLabel}</a>` : ''}
</nav>`;
}

function footer(practice: StoredPracticeSettings): SafeHtml {
  const contact = [
    practice.phone ? html`<li>Phone: <a href="tel:${practice.phone.replace(/[^+0-9]/g, '')}">${practice.phone}</a></li>` : '',
    practice.email ? html`<li>Email: <a href="mailto:${practice.email}">${practice.email}</a></li>` : '',
    practice.address ? html`<li>${practice.address}</li>` : '',
  ];
  return html`<footer class="site-footer">
  <div class="site-footer__inner">
    <p class="site-footer__name">${practice.practiceName}</p>
    <ul class="site-footer__contact">${contact}</ul>
    <p class="site-footer__staff"><a href="/app/sign-in">Sign in</a></p>
  </div>
</footer>`;
}

/** The frame every public page shares: readable without JavaScript, with the crisis notice on every page. */
export function renderLayout(options: LayoutOptions): string {
  const { practice, assets } = options;
  const title = fillPlainText(options.title, practice);
  const fullTitle = options.currentPath === '/' ? `${practice.practiceName} — ${title}` : `${title} · ${practice.practiceName}`;
  return `<!doctype html>${
    html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${fillPlainText(options.description, practice)}">
<meta name="theme-color" content="#f7f3ec">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${assets.fontPreloads.map((href) => html`<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`)}
${assets.stylesheet ? html`<link rel="stylesheet" href="${assets.stylesheet}">` : ''}
</head>
<body class="site">
<a class="skip-link" href="#main">Skip to main content</a>
${crisisNotice(practice)}
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__name" href="/">${practice.practiceName}</a>
    ${navigation(options.pages, options.currentPath)}
  </div>
</header>
<main id="main" class="site-main">
${options.content}
</main>
${footer(practice)}
</body>
</html>`.value
  }`;
}
