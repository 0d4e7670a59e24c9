/** What other features may use of practice; everything else in this folder is its own. */
export { defaultPages } from './default-pages.js';
export { getPracticeSettings, type StoredPracticeSettings, savePracticeSettings } from './practice.repository.js';
export { listPublicPages } from './public-pages.repository.js';
export { fillPlainText, renderPageMarkdown } from './render-markdown.js';
