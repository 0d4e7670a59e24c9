import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { enquiriesPolicy } from './enquiries.policy.js';
import { countNew } from './enquiries.repository.js';

/** A bare number for the navigation badge: no client data is read, so no audit row. */
export async function countNewEnquiries(deps: Deps, ctx: RequestContext) {
  authorize(ctx, enquiriesPolicy.work);
  return { new: await countNew(deps.db) };
}
