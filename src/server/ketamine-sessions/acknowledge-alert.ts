import { v7 as uuidv7 } from 'uuid';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { AppError } from '../platform/errors.js';
import { logEntries } from './log-entries.js';
import { readSession } from './read-session.js';

/**
 * Acknowledging from a route rather than the outbox: the same `alert_acknowledged` entry, made here, so
 * the timeline holds one kind of record whichever way it came. Answers the console state.
 */
export async function acknowledgeAlert(deps: Deps, ctx: RequestContext, input: { sessionId: string; alertId: string; note: string }) {
  const now = ctx.now.toISOString();
  const { results } = await logEntries(deps, ctx, {
    sessionId: input.sessionId,
    entries: [
      { id: uuidv7(), kind: 'alert_acknowledged', deviceTime: now, clockOffsetMs: 0, body: { alertId: input.alertId, note: input.note } },
    ],
  });
  const result = results[0]!;
  if (result.outcome === 'rejected' || result.outcome === 'conflict') {
    const { code, message } = result.error;
    const issues = 'issues' in result.error ? result.error.issues : [];
    throw new AppError(code === 'unknown_target' ? 404 : 409, code, message, issues);
  }
  return readSession(deps, ctx, { sessionId: input.sessionId });
}
