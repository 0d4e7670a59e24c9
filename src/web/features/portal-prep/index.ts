/** What other features may use of portal-prep; everything else in this folder is its own. */
export { PortalPrepLinks } from './PortalPrepLinks';
