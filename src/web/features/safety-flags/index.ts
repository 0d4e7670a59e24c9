/** What other features may use of safety-flags; everything else in this folder is its own. */
export { ChartSafetyFlags } from './ChartSafetyFlags';
export { ClientFlagsSection } from './ClientFlagsSection';
export { DashboardSafetyFlags } from './DashboardSafetyFlags';
export { FlagBadge } from './FlagBadge';
export { flagKeys } from './safety-flags.api';
