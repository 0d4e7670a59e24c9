/** What other features may use of portal; everything else in this folder is its own. */
export { PortalHeading } from './PortalHeading';
export { usePortal, usePortalTitle } from './portal-context';
