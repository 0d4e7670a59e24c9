import type { CareRole } from './care-team.js';

/**
 * A declared rule about a client's own records (their portal, their answers, later their journal): the
 * client always may, when the rule says so; the care-team roles it names may too, but only on a record the
 * client chose to share.
 */
export interface OwnRecordRule {
  readonly description: string;
  readonly client: boolean;
  readonly careTeamWhenShared: readonly CareRole[];
}

export function ownRecordRule(description: string, options: { careTeamWhenShared?: readonly CareRole[] } = {}): OwnRecordRule {
  return { description, client: true, careTeamWhenShared: options.careTeamWhenShared ?? [] };
}

export interface OwnRecordViewer {
  /** The chart a client's own account belongs to; null for staff. */
  readonly clientId: string | null;
  /** The care-team roles a staff member holds on the record's client (none for a client). */
  readonly careRolesOnThisClient: readonly CareRole[];
}

export interface OwnRecordFacts {
  readonly clientId: string;
  readonly sharedWithCareTeam: boolean;
}

export function allowsOwnRecord(rule: OwnRecordRule, viewer: OwnRecordViewer, record: OwnRecordFacts): boolean {
  if (rule.client && viewer.clientId !== null && viewer.clientId === record.clientId) return true;
  if (!record.sharedWithCareTeam) return false;
  return viewer.careRolesOnThisClient.some((role) => rule.careTeamWhenShared.includes(role));
}
