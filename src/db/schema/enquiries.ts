import type { Timestamp } from './timestamp.js';

export interface EnquiriesTable {
  id: string;
  received_at: Timestamp;
  name: string;
  email: string | null;
  phone: string | null;
  preferred_contact: 'email' | 'phone';
  reason: string;
  preferred_times: string;
  heard_about: string;
  consent_to_contact_at: Timestamp;
  status: string;
  status_reason: string | null;
  status_changed_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnquiryStatusChangesTable {
  id: string;
  enquiry_id: string;
  from_status: string;
  to_status: string;
  reason: string | null;
  changed_by: string;
  changed_at: Timestamp;
}

export interface EnquiryNotesTable {
  id: string;
  enquiry_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

/** Requests from the public form, their status changes and notes. */
export interface EnquiryTables {
  enquiries: EnquiriesTable;
  enquiry_status_changes: EnquiryStatusChangesTable;
  enquiry_notes: EnquiryNotesTable;
}
