import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeReader } from './preparation-access.js';
import {
  loadIntentions,
  loadSafetyPlan,
  loadSafetyPlanHistory,
  loadTools,
  loadTouchPreferences,
  loadTouchPreferencesHistory,
} from './present-preparation.js';

/*
 * Reads of one kind of preparation record: `clientId` from the chart (care team), null from the portal
 * (the client's own). Each read is audited with the kind read.
 */

async function readKind<T>(
  deps: Deps,
  ctx: RequestContext,
  clientId: string | null,
  kind: string,
  load: (db: Parameters<typeof loadIntentions>[0], clientId: string) => Promise<T>,
) {
  return inTransaction(deps, async (tx) => {
    const reader = await authorizeReader(tx, ctx, clientId);
    const result = await load(tx.db, reader.clientId);
    await appendAudit(tx, ctx, { action: `preparation.${kind}_read`, recordType: 'client', recordId: reader.clientId });
    return result;
  });
}

export const readIntentions = (deps: Deps, ctx: RequestContext, clientId: string | null) =>
  readKind(deps, ctx, clientId, 'intentions', async (db, id) => ({ intentions: await loadIntentions(db, id) }));

export const readGroundingTools = (deps: Deps, ctx: RequestContext, clientId: string | null) =>
  readKind(deps, ctx, clientId, 'tools', async (db, id) => ({ tools: await loadTools(db, id) }));

export const readTouchPreferences = (deps: Deps, ctx: RequestContext, clientId: string | null) =>
  readKind(deps, ctx, clientId, 'touch_preferences', loadTouchPreferences);

export const readSafetyPlan = (deps: Deps, ctx: RequestContext, clientId: string | null) =>
  readKind(deps, ctx, clientId, 'safety_plan', loadSafetyPlan);

export const readTouchPreferencesHistory = (deps: Deps, ctx: RequestContext, clientId: string | null) =>
  readKind(deps, ctx, clientId, 'touch_preferences_history', loadTouchPreferencesHistory);

export const readSafetyPlanHistory = (deps: Deps, ctx: RequestContext, clientId: string | null) =>
  readKind(deps, ctx, clientId, 'safety_plan_history', loadSafetyPlanHistory);
