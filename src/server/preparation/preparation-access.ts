import type { AuthorKind } from '../../domain/preparation/vocabulary.js';
import { authorizeClient, requireClientActor } from '../clients/index.js';
import type { RequestContext } from '../platform/context.js';
import type { Tx } from '../platform/deps.js';
import { notFound, unauthenticated } from '../platform/errors.js';
import { preparationPolicy } from './preparation.policy.js';

export interface Writer {
  clientId: string;
  userId: string;
  authorKind: AuthorKind;
}

/**
 * The same records are written from the chart (`clientId` given: the therapist on the care team) and from the
 * portal (`clientId` null: the client's own account, for their own chart only).
 */
export async function authorizeWriter(tx: Tx, ctx: RequestContext, clientId: string | null): Promise<Writer> {
  if (clientId === null) {
    const actor = requireClientActor(ctx);
    return { clientId: actor.clientId, userId: actor.userId, authorKind: 'client' };
  }
  const { actor } = await authorizeClient(tx, ctx, clientId, preparationPolicy.write);
  return { clientId, userId: actor.userId, authorKind: 'staff' };
}

export async function authorizeReader(tx: Tx, ctx: RequestContext, clientId: string | null): Promise<{ clientId: string }> {
  if (clientId === null) return { clientId: requireClientActor(ctx).clientId };
  await authorizeClient(tx, ctx, clientId, preparationPolicy.read);
  return { clientId };
}

/** A record reached by its own id: from the portal it must be the client's own, from the chart the care team's. */
export async function authorizeRecordWriter(tx: Tx, ctx: RequestContext, recordClientId: string | undefined, viaPortal: boolean) {
  if (viaPortal) {
    const actor = requireClientActor(ctx);
    if (recordClientId !== actor.clientId) throw notFound();
    return authorizeWriter(tx, ctx, null);
  }
  if (!ctx.actor) throw unauthenticated();
  if (!recordClientId) throw notFound();
  return authorizeWriter(tx, ctx, recordClientId);
}
