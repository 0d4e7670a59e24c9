import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { consentState, newestSigned } from '../../domain/consent/consent-status.js';
import { currentVersionRows, signatureRows } from './consent.repository.js';

/** Where one client stands on every document in use: shown to staff, asked of the client, read by the gate. */
export async function consentStanding(db: Kysely<Database>, clientId: string) {
  const [current, signatures] = await Promise.all([currentVersionRows(db), signatureRows(db, clientId)]);
  return current.map((v) => {
    const signed = signatures.filter((s) => s.document_id === v.document_id);
    const versions = signed.map((s) => s.version);
    return {
      documentId: v.document_id,
      key: v.key,
      title: v.title,
      required: v.required === 1,
      currentVersion: v.version,
      currentVersionId: v.id,
      state: consentState(v.version, versions),
      signedVersion: newestSigned(versions),
      signatures: signed.map((s) => ({
        id: s.id,
        version: s.version,
        typedName: s.typed_name,
        signedAt: s.signed_at,
        key: s.key,
        title: s.title,
      })),
      row: v,
    };
  });
}
