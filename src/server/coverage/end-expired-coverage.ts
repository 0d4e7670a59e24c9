import { appendAudit } from '../platform/audit/append-audit.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { closeGrant, expiredOpenGrants } from './coverage.repository.js';

/** How often the job closes grants whose window has passed (access already ended at ends_at; this tidies the record). */
export const COVERAGE_EXPIRY_INTERVAL_MS = 60_000;

/**
 * A recurring task: closes coverage grants past their end, so the record says they ended and when. Access
 * never waits for it — every request checks ends_at itself. Writes (and audits) only when something ended.
 */
export async function endExpiredCoverage(deps: Deps): Promise<number> {
  const now = deps.clock();
  if ((await expiredOpenGrants(deps.db, now)).length === 0) return 0;
  return inTransaction(deps, async (tx) => {
    const expired = await expiredOpenGrants(tx.db, now);
    for (const grant of expired) await closeGrant(tx.db, grant.id, grant.ends_at);
    await appendAudit(tx, { actor: null, ip: '', now }, { action: 'coverage.expire', detail: { ids: expired.map((g) => g.id) } });
    return expired.length;
  });
}
