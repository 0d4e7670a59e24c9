import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { TimelineState } from '../../domain/session/timeline-state.js';
import type { Deps, Tx } from '../platform/deps.js';
import { contextOf, type LockedSessionRow, loadAccepted, loadContext, type SessionRow } from './ketamine-sessions.repository.js';

/**
 * Each app server keeps the timelines of sessions in progress in memory, so logging an entry does not
 * re-read the whole timeline. A cached timeline is used only when it holds exactly as many entries as the
 * session row says (`entry_count`, kept under the row lock in the writer's transaction): entries are only
 * ever appended, so the same count means the same entries, whichever app server wrote them (0025).
 */
const MAX_SESSIONS = 200;
const caches = new WeakMap<Deps, Map<string, { count: number; state: TimelineState }>>();

function cacheOf(deps: Deps) {
  const cache = caches.get(deps) ?? new Map<string, { count: number; state: TimelineState }>();
  caches.set(deps, cache);
  return cache;
}

/** The session's timeline as stored, from memory when still whole, else read back and remembered. */
export async function timelineOf(deps: Deps, db: Kysely<Database>, row: SessionRow | LockedSessionRow): Promise<TimelineState> {
  const cache = cacheOf(deps);
  const hit = cache.get(row.id);
  if (hit && hit.count === Number(row.entry_count)) return hit.state;
  const accepted = await loadAccepted(db, row.id);
  const context = 'context' in row ? contextOf(row) : await loadContext(db, row.id);
  const state: TimelineState = { context, events: accepted, byId: new Map(accepted.map((a) => [a.event.id, a])) };
  remember(deps, row.id, accepted.length, state);
  return state;
}

/**
 * Called in the writer's transaction, under the row lock, with the timeline as it will commit: the next
 * batch in the same group commit (SQLite) finds it. If the transaction does not commit, `forget` runs at
 * once, before the row lock passes to anyone else who could commit the same count with other entries.
 */
export function rememberUntilRollback(deps: Deps, tx: Tx, sessionId: string, count: number, state: TimelineState): void {
  remember(deps, sessionId, count, state);
  tx.onRollback(() => cacheOf(deps).delete(sessionId));
}

function remember(deps: Deps, sessionId: string, count: number, state: TimelineState): void {
  const cache = cacheOf(deps);
  cache.delete(sessionId);
  cache.set(sessionId, { count, state });
  // Oldest first out: a Map iterates in insertion order and each use re-inserts.
  while (cache.size > MAX_SESSIONS) cache.delete(cache.keys().next().value!);
}
