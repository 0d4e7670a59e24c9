import type { ClientDetails } from '../../contracts/clients.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeClient } from './client-access.js';
import { clientsPolicy } from './clients.policy.js';
import { detailsColumns, detailsFromRow, findClient } from './clients.repository.js';
import { presentClient } from './present-client.js';

export async function updateClientDetails(deps: Deps, ctx: RequestContext, input: ClientDetails & { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, client } = await authorizeClient(tx, ctx, input.id, clientsPolicy.editDetails);
    const before = detailsFromRow(client);
    const { id, ...details } = input;
    await tx.db
      .updateTable('clients')
      .set({ ...detailsColumns(details), updated_at: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    const changed = (Object.keys(details) as (keyof ClientDetails)[]).filter((k) => details[k] !== before[k]);
    await appendAudit(tx, ctx, { action: 'client.update', recordType: 'client', recordId: id, detail: { changed } });
    return presentClient(tx.db, (await findClient(tx.db, id))!, actor);
  });
}
