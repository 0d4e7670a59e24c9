import type { RequestContext } from './context.js';

/**
 * The coverage grant a request is acting under, if any. Set by the client gate when it lets someone in by
 * coverage, read by appendAudit so every row that request writes carries `coverage: <grant id>` (decision 27).
 * Kept beside the context rather than on it, so the context's shape stays as other features know it.
 */
const grants = new WeakMap<RequestContext, string>();

export function markCoverage(ctx: RequestContext, grantId: string): void {
  grants.set(ctx, grantId);
}

export function coverageOf(ctx: RequestContext): string | undefined {
  return grants.get(ctx);
}
