/** Time arithmetic on the ISO-8601 UTC strings the records keep (DESIGN.md: time stored in UTC). */
const MINUTE_MS = 60_000;

export function toMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO time: ${iso}`);
  return ms;
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(toMs(iso) + minutes * MINUTE_MS).toISOString();
}

/** Minutes from `from` to `to`, fractional; negative when `to` is earlier. */
export function minutesBetween(from: string, to: string): number {
  return (toMs(to) - toMs(from)) / MINUTE_MS;
}

export function isBefore(a: string, b: string): boolean {
  return toMs(a) < toMs(b);
}
