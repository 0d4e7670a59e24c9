/** What other features may use of requests; everything else in this folder is its own. */
export { useNewRequestCount } from './requests.api';
