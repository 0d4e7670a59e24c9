/** What other features may use of preparation; everything else in this folder is its own. */

export { IntentionVersions } from './IntentionItem';
export { GateBadge, sessionWhen } from './PlannedSessionsCard';
export { PreparationSection } from './PreparationSection';
export { prepKeys, useConsentDocuments, useDashboardSessions } from './preparation.api';
export { ReadinessPanel } from './ReadinessPanel';
export { Versioned } from './Versioned';
export { SafetyPlanFacts, TouchFacts } from './VersionFacts';
export { HistoryToggle, SafetyPlanHistory, TouchHistory } from './VersionHistory';
