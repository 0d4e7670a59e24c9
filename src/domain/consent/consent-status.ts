export type ConsentState = 'signed_current' | 'signed_older_version' | 'not_signed';

/** A client's standing on one document: signed the current version, an older one, or none. */
export function consentState(currentVersion: number, signedVersions: readonly number[]): ConsentState {
  if (signedVersions.includes(currentVersion)) return 'signed_current';
  return signedVersions.length > 0 ? 'signed_older_version' : 'not_signed';
}

/** The newest version this client signed, or null. */
export function newestSigned(signedVersions: readonly number[]): number | null {
  return signedVersions.length === 0 ? null : Math.max(...signedVersions);
}
