import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { applyBatch, type Batch, type BatchResult, ridesWithCommit } from './apply-entries.js';
import { logTogether } from './log-entries-together.js';

/**
 * Logs a device's batch of console entries, each exactly once (apply-entries.ts). On PostgreSQL, batches
 * that change no projection and arrive together share one transaction (log-entries-together.ts).
 */
export async function logEntries(deps: Deps, ctx: RequestContext, input: Batch): Promise<BatchResult> {
  // Projections (alerts, doses) read the batch's entries back inside the transaction: those batches insert at once.
  if (deps.dialect !== 'postgres' || !ridesWithCommit(input)) return applyBatch(deps, ctx, input, 'each_checked');
  return logTogether(deps, ctx, input);
}
