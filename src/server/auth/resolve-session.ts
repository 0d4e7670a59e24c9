import { sessionState, shouldRecordActivity } from '../../domain/access/session-timeouts.js';
import { DEFAULT_CLIENT_IDLE_MINUTES } from '../medical/index.js';
import type { CachedReadKind } from '../platform/cached-reads.js';
import type { Actor } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { endSession, findOpenSession, touchSession } from './sessions.repository.js';
import { hashToken } from './tokens.js';

// A client's session may outlast a staff one (the idle limit is a practice setting) but never a day.
export const CLIENT_MAX_HOURS = 24;

export type SessionLookup = { actor: Actor } | { actor: null; ended: boolean };

type OpenSession = NonNullable<Awaited<ReturnType<typeof findOpenSession>>>;

/** What a session lookup reads: a commit to any of these drops the kept sessions (decision 0038). */
const SESSION_TABLES = ['auth_sessions', 'users', 'user_roles', 'practice_settings'];
function keptSessionsOf(deps: Deps): CachedReadKind<OpenSession> | null {
  const reads = deps.cachedReads;
  return reads && reads.ttlMs > 0 ? reads.kindNamed<OpenSession>('sessions', SESSION_TABLES) : null;
}

/** Turns a session cookie into the acting person, ending the session if it has gone idle or stale. */
export async function resolveSession(deps: Deps, token: string | undefined, now: Date): Promise<SessionLookup> {
  if (!token) return { actor: null, ended: false };
  const id = hashToken(token);
  // One statement brings the session, its person with roles, and the client idle limit (see the repository).
  const kept = keptSessionsOf(deps);
  const session = kept ? await kept.through(id, () => findOpenSession(deps.db, id)) : await findOpenSession(deps.db, id);
  if (!session) return { actor: null, ended: false };
  const user = await activeUserOf(deps, id, session, now);
  if (!user) return { actor: null, ended: true };
  // A write only once a minute per session, so reads stay reads.
  if (shouldRecordActivity(session.lastSeenAt, now)) {
    const at = now.toISOString();
    await touchSession(deps.db, id, at);
    kept?.update(id, (s) => ({ ...s, lastSeenAt: at }));
  }
  return {
    actor: {
      userId: user.id,
      displayName: user.displayName,
      shortName: user.shortName,
      email: user.email,
      roles: user.roles,
      sessionId: id,
      kind: session.kind,
      clientId: user.clientId,
    },
  };
}

/** The session's person while the session is within its limits; otherwise the session is ended here. */
async function activeUserOf(deps: Deps, id: string, session: OpenSession, now: Date) {
  const limits =
    session.kind === 'client'
      ? { idleMinutes: session.clientIdleMinutes ?? DEFAULT_CLIENT_IDLE_MINUTES, maxHours: CLIENT_MAX_HOURS }
      : { idleMinutes: deps.config.staffIdleMinutes, maxHours: deps.config.staffMaxHours };
  const state = sessionState(session, limits, now);
  const user = session.user;
  if (state !== 'active' || !user || user.status !== 'active') {
    await endSession(deps.db, id, now.toISOString());
    keptSessionsOf(deps)?.forget(id);
    return null;
  }
  return user;
}

/**
 * For a long-lived stream, checked now and then: is the session that opened it still open and within
 * its idle and absolute limits? Unlike a request this does not count as activity, so an open stream
 * never keeps an unattended device signed in.
 */
export async function sessionStillActive(deps: Deps, sessionId: string, now: Date): Promise<boolean> {
  const session = await findOpenSession(deps.db, sessionId);
  return session ? (await activeUserOf(deps, sessionId, session, now)) !== null : false;
}
