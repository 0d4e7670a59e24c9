/** What other features may use of consultations; everything else in this folder is its own. */
export { signConsultation, startConsultation } from './consultation-note.js';
