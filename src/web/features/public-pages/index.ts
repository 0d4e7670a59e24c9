/** What other features may use of public-pages; everything else in this folder is its own. */
export { usePublicPages } from './public-pages.api';
