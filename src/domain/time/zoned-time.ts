/**
 * Wall-clock times in the practice's time zone, turned into UTC instants and back, with daylight-saving
 * changes handled: a time that never happens (the hour skipped in spring) is refused, and a time that
 * happens twice (the hour repeated in autumn) means its first occurrence.
 */

function wallClock(instant: number, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** How far the zone's clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const { date, time } = wallClock(instant, timeZone);
  return Date.parse(`${date}T${time}:00Z`) - Math.floor(instant / 60_000) * 60_000;
}

export type ZonedTimeResult = { ok: true; utc: string } | { ok: false; problem: 'does_not_exist' };

/** `date` YYYY-MM-DD and `time` HH:MM as the practice's clocks show them → a UTC ISO instant. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): ZonedTimeResult {
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  const hours12 = 12 * 3_600_000;
  const candidates = [asIfUtc - offsetAt(asIfUtc - hours12, timeZone), asIfUtc - offsetAt(asIfUtc + hours12, timeZone)]
    .filter((t) => {
      const wall = wallClock(t, timeZone);
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) return { ok: false, problem: 'does_not_exist' };
  return { ok: true, utc: new Date(first).toISOString() };
}

/** A UTC instant as the practice's calendar date and HH:MM. */
export function utcToZoned(utc: string, timeZone: string): { date: string; time: string } {
  return wallClock(Date.parse(utc), timeZone);
}

/** The calendar date after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function previousDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
