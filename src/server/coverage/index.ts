/** What other features may use of coverage; everything else in this folder is its own. */
export { coverageAccess } from './coverage-access.js';
