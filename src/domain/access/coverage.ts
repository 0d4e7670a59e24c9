import { CARE_ROLES, type CareRole } from '../clients/care-team.js';
import type { Role } from './roles.js';

/**
 * Coverage access (break-the-glass, decision 27). A clinician of the practice who is not on a client's care
 * team may open that one chart for a limited window, after saying why and proving it is them. While the
 * window lasts they act on the chart in the clinical roles they hold in the practice — never as an admin.
 */
export const DEFAULT_COVERAGE_HOURS = 4;
export const MIN_COVERAGE_HOURS = 1;
export const MAX_COVERAGE_HOURS = 24;
export const MIN_REASON_LENGTH = 10;

/** The clinical roles someone holds in the practice: only these may open a chart by coverage. */
export function clinicalRolesOf(roles: readonly Role[]): CareRole[] {
  return CARE_ROLES.filter((role) => roles.includes(role));
}

export function mayRequestCoverage(roles: readonly Role[]): boolean {
  return clinicalRolesOf(roles).length > 0;
}

export function coverageEndsAt(startedAt: Date, hours: number): Date {
  return new Date(startedAt.getTime() + hours * 3_600_000);
}

export interface CoverageWindow {
  readonly endsAt: string;
  readonly endedAt: string | null;
}

/** Access ends by itself at ends_at, whether or not the job has closed the row yet. */
export function isCoverageActive(grant: CoverageWindow, now: Date): boolean {
  return grant.endedAt === null && now.getTime() < Date.parse(grant.endsAt);
}
