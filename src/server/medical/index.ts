/** What other features may use of medical; everything else in this folder is its own. */
export { monitoringForClient } from './client-monitoring.js';
export { DEFAULT_CLIENT_IDLE_MINUTES, getClinicalSettings } from './clinical-settings.js';
export { recordClearance } from './record-clearance.js';
export { recordScreening } from './record-screening.js';
