export type ClearanceStatus = 'valid' | 'expired' | 'withdrawn' | 'not_yet_valid';

export interface ClearanceDates {
  clearedOn: string;
  validUntil: string;
  withdrawnAt: string | null;
}

/** Dates are the practice's calendar dates (YYYY-MM-DD); a clearance is good through its last day. */
export function clearanceStatus(clearance: ClearanceDates, today: string): ClearanceStatus {
  if (clearance.withdrawnAt) return 'withdrawn';
  if (today < clearance.clearedOn) return 'not_yet_valid';
  if (today > clearance.validUntil) return 'expired';
  return 'valid';
}

export type ClearanceProblem = 'ends_before_it_starts' | 'dated_in_the_future';

export function checkClearanceDates(clearedOn: string, validUntil: string, today: string): ClearanceProblem | null {
  if (validUntil < clearedOn) return 'ends_before_it_starts';
  if (clearedOn > today) return 'dated_in_the_future';
  return null;
}

/** The newest clearance that holds today, if any. */
export function currentClearance<T extends ClearanceDates & { recordedAt: string }>(clearances: readonly T[], today: string): T | null {
  const valid = clearances.filter((c) => clearanceStatus(c, today) === 'valid');
  return valid.sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0] ?? null;
}
