/** What other features may use of the session record; everything else in this folder is its own. */
export { KetamineSessionsCard } from './KetamineSessionsCard';
export { SessionRecordPage } from './SessionRecordPage';
