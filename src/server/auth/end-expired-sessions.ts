import type { SessionLimits } from '../../domain/access/session-timeouts.js';
import { getClinicalSettings } from '../medical/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { CLIENT_MAX_HOURS } from './resolve-session.js';
import { countSessionsPast, endSessionsPast } from './sessions.repository.js';

function cutoffs(limits: SessionLimits, now: Date) {
  return {
    idleBefore: new Date(now.getTime() - limits.idleMinutes * 60_000).toISOString(),
    startedBefore: new Date(now.getTime() - limits.maxHours * 3_600_000).toISOString(),
  };
}

/**
 * A recurring task: ends sessions past their idle or absolute limit even when no request comes to end
 * them (a closed laptop), so the list of open sessions tells the truth and a stolen cookie dies on time.
 * The same limits as `resolveSession`, which still checks each request. Safe on several servers at once.
 */
export async function endExpiredSessions(deps: Deps): Promise<number> {
  const now = deps.clock();
  const at = now.toISOString();
  const client = (await getClinicalSettings(deps.db)).clientIdleMinutes;
  const staff = { idleMinutes: deps.config.staffIdleMinutes, maxHours: deps.config.staffMaxHours };
  const staffCutoffs = { kind: 'staff' as const, ...cutoffs(staff, now) };
  const clientCutoffs = { kind: 'client' as const, ...cutoffs({ idleMinutes: client, maxHours: CLIENT_MAX_HOURS }, now) };
  // Most sweeps find nothing: they should not write, nor add an audit row each minute.
  if ((await countSessionsPast(deps.db, staffCutoffs)) + (await countSessionsPast(deps.db, clientCutoffs)) === 0) return 0;
  return inTransaction(deps, async (tx) => {
    const staffEnded = await endSessionsPast(tx.db, staffCutoffs, at);
    const clientEnded = await endSessionsPast(tx.db, clientCutoffs, at);
    // One row per sweep that ended something, not one per session.
    await appendAudit(
      tx,
      { actor: null, ip: '', now },
      { action: 'auth.sessions_expire', detail: { staff: staffEnded, client: clientEnded } },
    );
    return staffEnded + clientEnded;
  });
}
