import { findUserById } from '../auth/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { queueMail } from '../platform/mail/queue-mail.js';
import { mailPolicy } from './mail.policy.js';
import { findTestMessage } from './mail.repository.js';

const PURPOSE = 'test message';

/**
 * Sends a short message by the same road as every other mail (outbox → job → SMTP), so a message that
 * arrives proves invitations and safety-flag alerts will too. Without a mail server it waits in the outbox.
 */
export async function sendTestMessage(deps: Deps, ctx: RequestContext, input: { to?: string | undefined }) {
  const actor = authorize(ctx, mailPolicy.sendTest);
  return inTransaction(deps, async (tx) => {
    const to = input.to ?? (await findUserById(tx.db, actor.userId))?.email;
    if (!to) throw notFound();
    const id = await queueMail(tx, deps.mail.configured, ctx.now, {
      to,
      subject: 'A test message from Holdspace',
      text: [
        'Hello,',
        '',
        'This is a test message sent from Holdspace to check that its mail reaches people.',
        'If you can read it, invitations and safety-flag alerts will arrive the same way.',
        '',
        'You do not need to do anything.',
      ].join('\n'),
      purpose: PURPOSE,
    });
    await appendAudit(tx, ctx, {
      action: 'mail.test_send',
      recordType: 'outbox',
      recordId: id,
      detail: { delivery: deps.mail.configured ? 'smtp' : 'outbox' },
    });
    return presentTestMessage({
      id,
      to_address: to,
      status: deps.mail.configured ? 'queued' : 'kept',
      created_at: ctx.now.toISOString(),
      sent_at: null,
      error: null,
    });
  });
}

/** Where a test message is now: asked again while it is being sent, so the answer is what truly happened. */
export async function readTestMessage(deps: Deps, ctx: RequestContext, input: { id: string }) {
  authorize(ctx, mailPolicy.sendTest);
  return inTransaction(deps, async (tx) => {
    const row = await findTestMessage(tx.db, input.id);
    if (!row) throw notFound();
    return presentTestMessage(row);
  });
}

function presentTestMessage(row: NonNullable<Awaited<ReturnType<typeof findTestMessage>>>) {
  return { id: row.id, to: row.to_address, status: row.status, createdAt: row.created_at, sentAt: row.sent_at, error: row.error };
}
