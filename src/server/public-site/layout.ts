import type { PublicPage } from '../../contracts/public-pages.contracts.js';
import type { StoredPracticeSettings } from '../practice/index.js';
import { fillPlainText } from '../practice/index.js';
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
  /** A modifier for the page's own styling, e.g. `home` gives `<body class="site site--home">`. */
  kind?: string;
}

// A low sun over still water: the practice's mark, drawn rather than loaded, so it costs no request.
const MARK = html`<svg class="site-header__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="9" fill="currentColor"/><path d="M10 18a6 6 0 0 1 12 0z" fill="#f7f3ec"/><path d="M7 18h18M10 22h12M13 26h6" stroke="#f7f3ec" stroke-width="2" stroke-linecap="round"/></svg>`;

function demoBanner(): SafeHtml {
  return html`<p class="demo-banner"><strong>Demo practice.</strong> Every person, name and record on this site is fictional.</p>`;
}

function crisisNotice(practice: StoredPracticeSettings): SafeHtml {
  return html`<aside class="crisis-notice" aria-label="If you need help now">
  <div class="crisis-notice__inner">
    <p><strong>This site is not for emergencies.</strong> If you are in crisis or thinking about suicide, call or text
    <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline) any time, or call
    <a href="tel:${practice.emergencyNumber.replace(/\s/g, '')}">${practice.emergencyNumber}</a> or go to your nearest emergency room.</p>
  </div>
</aside>`;
}

function currentMark(path: string, currentPath: string): SafeHtml | '' {
  return path === currentPath ? html` aria-current="page"` : '';
}

function navigation(pages: PublicPage[], currentPath: string): SafeHtml {
  const links = pages
    .filter((page) => page.slug !== 'home' && page.slug !== 'begin')
    .map((page) => html`<li><a href="${page.path}"${currentMark(page.path, currentPath)}>${page.navLabel}</a></li>`);
  const begin = pages.find((page) => page.slug === 'begin');
  // Phones get the <details> menu (with the consultation link inside it), wide screens the list and button.
  return html`<nav class="site-nav" aria-label="Main">
  <details class="site-nav__menu">
    <summary><span class="site-nav__menu-icon" aria-hidden="true"></span>Menu</summary>
    <ul>${links}${begin ? html`<li class="site-nav__menu-begin"><a href="${begin.path}"${currentMark(begin.path, currentPath)}>${begin.navLabel}</a></li>` : ''}</ul>
  </details>
  <ul class="site-nav__wide">${links}</ul>
  ${begin ? html`<a class="button button--primary site-nav__begin" href="${begin.path}"${currentMark(begin.path, currentPath)}>${begin.navLabel}</a>` : ''}
</nav>`;
}

function footer(practice: StoredPracticeSettings): SafeHtml {
  const contact = [
    practice.phone
      ? html`<li><span class="site-footer__label">Phone</span> <a href="tel:${practice.phone.replace(/[^+0-9]/g, '')}">${practice.phone}</a></li>`
      : '',
    practice.email
      ? html`<li><span class="site-footer__label">Email</span> <a href="mailto:${practice.email}">${practice.email}</a></li>`
      : '',
    practice.address ? html`<li><span class="site-footer__label">Address</span> ${practice.address}</li>` : '',
  ];
  return html`<footer class="site-footer">
  <div class="site-footer__inner">
    <div class="site-footer__practice">
      <p class="site-footer__name">${practice.practiceName}</p>
      <p class="site-footer__about">Ketamine-assisted psychotherapy, with a therapist beside you from the first conversation onwards.</p>
    </div>
    <ul class="site-footer__contact">${contact}</ul>
    <p class="site-footer__crisis">In an emergency, call or text <a href="tel:988">988</a> or call <a href="tel:${practice.emergencyNumber.replace(/\s/g, '')}">${practice.emergencyNumber}</a>. Messages to the practice are not read around the clock.</p>
    <p class="site-footer__staff"><a href="/app/sign-in?next=/portal">Client sign in</a> <span aria-hidden="true">·</span> <a href="/app/sign-in">Staff sign in</a></p>
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
<body class="site${options.kind ? ` site--${options.kind}` : ''}">
<a class="skip-link" href="#main">Skip to main content</a>
${practice.isDemo ? demoBanner() : ''}
${crisisNotice(practice)}
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__name" href="/"${currentMark('/', options.currentPath)}>${MARK}<span>${practice.practiceName}</span></a>
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
