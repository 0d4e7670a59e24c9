/** What other features may use of enquiries; everything else in this folder is its own. */
export { changeEnquiryStatus } from './change-enquiry-status.js';
export { findEnquiry, recordStatusChange } from './enquiries.repository.js';
export { submitEnquiry } from './submit-enquiry.js';
