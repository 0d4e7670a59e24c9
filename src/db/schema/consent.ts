import type { Timestamp } from './timestamp.js';

export interface ConsentDocumentsTable {
  id: string;
  key: string;
  created_at: Timestamp;
  created_by: string | null;
  retired_at: Timestamp | null;
}

export interface ConsentDocumentVersionsTable {
  id: string;
  document_id: string;
  version: number;
  title: string;
  body_markdown: string;
  required: number;
  is_template: number;
  published_at: Timestamp;
  published_by: string | null;
}

export interface ConsentSignaturesTable {
  id: string;
  client_id: string;
  document_id: string;
  version_id: string;
  version: number;
  title: string;
  body_markdown: string;
  typed_name: string;
  agreed: number;
  signed_at: Timestamp;
  ip_address: string;
  user_id: string;
}

/** Consent documents, their versions and signatures. */
export interface ConsentTables {
  consent_documents: ConsentDocumentsTable;
  consent_document_versions: ConsentDocumentVersionsTable;
  consent_signatures: ConsentSignaturesTable;
}
