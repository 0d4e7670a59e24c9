/**
 * "Clinically ready to leave at" is typed as a clock time (HH:MM) on the device. It means the most recent
 * such time: a session that runs past midnight reads 23:50 as yesterday's.
 */
export function readyAtFromClock(hhmm: string, now: Date): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return null;
  const at = new Date(now);
  at.setHours(Number(match[1]), Number(match[2]), 0, 0);
  if (at.getTime() > now.getTime() + 2 * 60_000) at.setDate(at.getDate() - 1);
  return at.toISOString();
}

/** The device's clock time (HH:MM) for an instant, for the time field. */
export function clockOf(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
