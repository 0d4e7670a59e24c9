import type { Deps } from '../deps.js';
import { deleteLiveEventsBefore } from './live-events.repository.js';

/**
 * How long a device may be away and still catch up event by event. Past that its stream sends
 * `live.reset` and it reloads what it shows. Two days covers a session and an overnight laptop.
 */
export const LIVE_EVENTS_KEEP_HOURS = 48;

/**
 * A recurring task for the job runner (hourly is plenty): drops live events older than the keep window.
 * `live_topics` stays, one small row per topic, so a topic's numbers never start again from 1.
 */
export async function pruneLiveEvents(deps: Pick<Deps, 'db' | 'clock' | 'log'>, keepHours = LIVE_EVENTS_KEEP_HOURS): Promise<number> {
  const cutoff = new Date(deps.clock().getTime() - keepHours * 3_600_000).toISOString();
  const removed = await deleteLiveEventsBefore(deps.db, cutoff);
  if (removed > 0) deps.log.info({ removed, cutoff }, 'pruned old live events');
  return removed;
}
