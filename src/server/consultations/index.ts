/** What other features may use of consultations; everything else in this folder is its own. */
export { startConsultation } from './save-consultation-draft.js';
export { signConsultation } from './sign-consultation.js';
