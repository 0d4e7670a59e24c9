export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

export type SessionState = 'active' | 'idle_expired' | 'too_old';

/** A session ends after a stretch of no use, and in any case after a fixed lifetime from sign-in. */
export function sessionState(session: { createdAt: string; lastSeenAt: string }, limits: SessionLimits, now: Date): SessionState {
  const t = now.getTime();
  if (t - Date.parse(session.createdAt) >= limits.maxHours * 3_600_000) return 'too_old';
  if (t - Date.parse(session.lastSeenAt) >= limits.idleMinutes * 60_000) return 'idle_expired';
  return 'active';
}

/** Writing last-seen on every request would turn every read into a write; once a minute is enough. */
export function shouldRecordActivity(lastSeenAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(lastSeenAt) >= 60_000;
}
