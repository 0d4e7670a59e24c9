import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { practicePolicy } from './practice.policy.js';
import { getPracticeSettings } from './practice.repository.js';

/** Practice settings are not client data, so reading them is not audited; changing them is. */
export async function readPracticeSettings(deps: Deps, ctx: RequestContext) {
  authorize(ctx, practicePolicy.readSettings);
  return getPracticeSettings(deps.db);
}
