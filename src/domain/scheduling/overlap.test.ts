import { describe, expect, it } from 'vitest';
import { utcToZoned, zonedTimeToUtc } from '../time/zoned-time.js';
import { type Booking, endOf, findConflicts, overlaps, sameRoom } from './overlap.js';

const booking = (id: string, startsAt: string, minutes: number, clinicianIds: string[], room: string): Booking => ({
  id,
  startsAt,
  endsAt: endOf(startsAt, minutes),
  clinicianIds,
  room,
});

describe('overlaps', () => {
  const a = { startsAt: '2026-12-10T15:00:00.000Z', endsAt: '2026-12-10T18:00:00.000Z' };
  it('sees a clash when spans share any minute', () => {
    expect(overlaps(a, { startsAt: '2026-12-10T17:59:00.000Z', endsAt: '2026-12-10T20:00:00.000Z' })).toBe(true);
    expect(overlaps(a, { startsAt: '2026-12-10T14:00:00.000Z', endsAt: '2026-12-10T15:01:00.000Z' })).toBe(true);
    expect(overlaps(a, { startsAt: '2026-12-10T16:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z' })).toBe(true);
    expect(overlaps({ startsAt: '2026-12-10T16:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z' }, a)).toBe(true);
  });
  it('lets one session start as another ends', () => {
    expect(overlaps(a, { startsAt: '2026-12-10T18:00:00.000Z', endsAt: '2026-12-10T21:00:00.000Z' })).toBe(false);
    expect(overlaps(a, { startsAt: '2026-12-10T12:00:00.000Z', endsAt: '2026-12-10T15:00:00.000Z' })).toBe(false);
  });
});

describe('findConflicts', () => {
  const planned = [booking('s1', '2026-12-10T15:00:00.000Z', 180, ['ther-1', 'pres-1'], 'Room 1')];
  it('names each clinician already planned, and the room', () => {
    const proposed = booking('new', '2026-12-10T17:00:00.000Z', 180, ['ther-1', 'pres-2', 'co-1'], ' room  1 ');
    expect(findConflicts(proposed, planned)).toEqual([
      { kind: 'clinician', userId: 'ther-1', withBookingId: 's1', startsAt: planned[0]!.startsAt, endsAt: planned[0]!.endsAt },
      { kind: 'room', room: 'Room 1', withBookingId: 's1', startsAt: planned[0]!.startsAt, endsAt: planned[0]!.endsAt },
    ]);
  });
  it('finds nothing for different people in a different room, or back to back', () => {
    expect(findConflicts(booking('new', '2026-12-10T15:30:00.000Z', 180, ['ther-2'], 'Room 2'), planned)).toEqual([]);
    expect(findConflicts(booking('new', '2026-12-10T18:00:00.000Z', 180, ['ther-1'], 'Room 1'), planned)).toEqual([]);
  });
  it('never clashes with itself', () => {
    expect(findConflicts(planned[0]!, planned)).toEqual([]);
  });
  it('compares room names the way people write them', () => {
    expect(sameRoom('Garden room', 'garden  ROOM')).toBe(true);
    expect(sameRoom('Room 1', 'Room 10')).toBe(false);
  });
});

describe('practice time and daylight saving', () => {
  const NY = 'America/New_York';
  it('turns a local start into UTC in winter and in summer', () => {
    expect(zonedTimeToUtc('2026-12-10', '10:00', NY)).toEqual({ ok: true, utc: '2026-12-10T15:00:00.000Z' });
    expect(zonedTimeToUtc('2026-07-10', '10:00', NY)).toEqual({ ok: true, utc: '2026-07-10T14:00:00.000Z' });
  });
  it('refuses a time skipped when the clocks go forward', () => {
    expect(zonedTimeToUtc('2026-03-08', '02:30', NY)).toEqual({ ok: false, problem: 'does_not_exist' });
  });
  it('takes the first of a time that happens twice when the clocks go back', () => {
    expect(zonedTimeToUtc('2026-11-01', '01:30', NY)).toEqual({ ok: true, utc: '2026-11-01T05:30:00.000Z' });
  });
  it('gives a three-hour session across the spring change two hours on the wall clock, and three real hours', () => {
    const start = zonedTimeToUtc('2026-03-08', '01:00', NY);
    if (!start.ok) throw new Error('expected a time');
    const end = endOf(start.utc, 180);
    expect(utcToZoned(end, NY)).toEqual({ date: '2026-03-08', time: '05:00' });
    expect(Date.parse(end) - Date.parse(start.utc)).toBe(3 * 3_600_000);
  });
  it('sees two sessions at the same wall time on either side of the change as different instants', () => {
    const before = zonedTimeToUtc('2026-03-07', '10:00', NY);
    const after = zonedTimeToUtc('2026-03-08', '10:00', NY);
    expect(before).toEqual({ ok: true, utc: '2026-03-07T15:00:00.000Z' });
    expect(after).toEqual({ ok: true, utc: '2026-03-08T14:00:00.000Z' });
  });
  it('clashes across the autumn change by real time, not wall time', () => {
    // 00:30 for 3 h ends at 02:30 EST (07:30Z); a session at 02:00 EST (07:00Z) overlaps it.
    const first = zonedTimeToUtc('2026-11-01', '00:30', NY);
    const second = zonedTimeToUtc('2026-11-01', '02:00', NY);
    if (!first.ok || !second.ok) throw new Error('expected times');
    expect(overlaps({ startsAt: first.utc, endsAt: endOf(first.utc, 180) }, { startsAt: second.utc, endsAt: endOf(second.utc, 60) })).toBe(
      true,
    );
  });
  it('works in a zone without daylight saving and one ahead of UTC', () => {
    expect(zonedTimeToUtc('2026-07-10', '09:00', 'America/Phoenix')).toEqual({ ok: true, utc: '2026-07-10T16:00:00.000Z' });
    expect(zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Berlin')).toEqual({ ok: false, problem: 'does_not_exist' });
    expect(utcToZoned('2026-12-10T23:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-12-11', time: '00:30' });
  });
});
