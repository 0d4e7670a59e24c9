/** A span of time, UTC ISO instants, end exclusive: a session ending at 13:00 does not clash with one starting at 13:00. */
export interface Span {
  startsAt: string;
  endsAt: string;
}

export function overlaps(a: Span, b: Span): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

export interface Booking extends Span {
  id: string;
  /** Everyone who will be there (therapist, prescriber, co-facilitators), by user id. */
  clinicianIds: readonly string[];
  room: string;
}

export type Conflict =
  | { kind: 'clinician'; userId: string; withBookingId: string; startsAt: string; endsAt: string }
  | { kind: 'room'; room: string; withBookingId: string; startsAt: string; endsAt: string };

/** Rooms are named by people: "Room 2" and "room 2 " are the same room. */
export function sameRoom(a: string, b: string): boolean {
  return a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Every clash between a proposed booking and the ones already planned: each clinician planned elsewhere at
 * an overlapping time, and the room if it is taken. A booking never clashes with itself (when re-planned).
 */
export function findConflicts(proposed: Booking, existing: readonly Booking[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const other of existing) {
    if (other.id === proposed.id || !overlaps(proposed, other)) continue;
    const span = { withBookingId: other.id, startsAt: other.startsAt, endsAt: other.endsAt };
    for (const userId of proposed.clinicianIds) {
      if (other.clinicianIds.includes(userId)) conflicts.push({ kind: 'clinician', userId, ...span });
    }
    if (sameRoom(proposed.room, other.room)) conflicts.push({ kind: 'room', room: other.room, ...span });
  }
  return conflicts;
}

export function endOf(startsAt: string, minutes: number): string {
  return new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
}
