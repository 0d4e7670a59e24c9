/** What other features may use of coverage; everything else in this folder is its own. */
export { CoverageBanner } from './CoverageBanner';
export { CoverageOffers } from './CoverageOffers';
export { OpenCoverageForm } from './OpenCoverageForm';
