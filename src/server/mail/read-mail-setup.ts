import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { mailPolicy } from './mail.policy.js';
import { outboxCounts } from './mail.repository.js';

/**
 * Whether Holdspace can send mail, to which server (host and port only: never a password), and what is
 * waiting in the outbox. No client data, so not audited as a read.
 */
export async function readMailSetup(deps: Deps, ctx: RequestContext) {
  authorize(ctx, mailPolicy.readSetup);
  return inTransaction(deps, async (tx) => ({
    configured: deps.mail.configured,
    server: deps.mail.configured ? (deps.mail.server ?? null) : null,
    from: deps.mail.configured ? (deps.mail.from ?? null) : null,
    publicUrl: deps.config.publicUrl,
    outbox: await outboxCounts(tx.db),
  }));
}
