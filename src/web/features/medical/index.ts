/** What other features may use of medical; everything else in this folder is its own. */
export { MedicalSection } from './MedicalSection';
export { MonitoringFacts } from './MonitoringFacts';
export { MonitoringFields } from './MonitoringFields';
export { useClinicalSettings, useSaveClinicalSettings } from './medical.api';
export type { ClinicalSettings } from './medical-types';
export { MONITORING_LABELS, type MonitoringForm, monitoringBody, monitoringForm, unreadableNumbers } from './monitoring-form';
export { UnitField } from './UnitField';
