import type { Client, ClientSummary } from './client-types';

type Named = Pick<ClientSummary, 'preferredName' | 'legalName'>;

/** The name the person asked to be called, falling back to their legal name. */
export function clientName(client: Named): string {
  return client.preferredName.trim() || client.legalName;
}

/** Today's calendar date (YYYY-MM-DD) where the practice is, whatever the device's own zone. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
}

/** Whole years between a date of birth and today, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if (!by || !bm || !bd || !ty || !tm || !td) return Number.NaN;
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** "May 14, 1986" for a calendar date, read as that date wherever the device is. */
export function formatCalendarDate(date: string): string {
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function careTeamNames(client: Pick<Client, 'careTeam'>, role: Client['careTeam'][number]['role']): string[] {
  return client.careTeam.filter((member) => member.role === role).map((member) => member.displayName);
}
