import { v7 as uuidv7 } from 'uuid';
import type { CoverageGrant } from '../../contracts/coverage.contracts.js';
import { coverageEndsAt, mayRequestCoverage } from '../../domain/access/coverage.js';
import { checkSecondFactor, findUserById, verifyPassword } from '../auth/index.js';
import { careTeamOf, findClientWithCareRoles } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { conflict, invalidField, notFound } from '../platform/errors.js';
import { coverageHours, findActiveGrant, insertGrant, insertNotices } from './coverage.repository.js';

/**
 * Proving it is really them: the password again, and (below) the current code when they have a second
 * factor. A wrong answer is a 400 naming the field, not a 401, so the screen keeps the person signed in
 * and lets them try again.
 */
async function confirmIdentity(deps: Deps, userId: string, input: { password: string; code?: string | undefined }) {
  const user = await findUserById(deps.db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    throw invalidField('password', 'that password is not right');
  }
}

/**
 * The second factor, when the person has one: checked with the same verifier sign-in uses, inside the
 * opening's transaction, so the code is used up (never accepted again) exactly when the chart opens.
 */
async function confirmSecondFactor(tx: Tx, userId: string, code: string | undefined, now: Date) {
  const check = await checkSecondFactor(tx, userId, code ?? '', now);
  if (check === 'wrong') {
    throw invalidField(
      'code',
      code
        ? 'that code is not right, or was already used; please enter the newest one'
        : 'please enter the code from your authenticator app',
    );
  }
}

/** Break-the-glass: a clinician outside the care team opens one chart for the practice's coverage window. */
export async function openCoverage(
  deps: Deps,
  ctx: RequestContext,
  input: { clientId: string; reason: string; password: string; code?: string | undefined },
): Promise<CoverageGrant> {
  const actor = requireSignedIn(ctx);
  if (actor.kind !== 'staff' || !mayRequestCoverage(actor.roles)) throw notFound();
  await confirmIdentity(deps, actor.userId, input);
  return inTransaction(deps, async (tx) => {
    await confirmSecondFactor(tx, actor.userId, input.code, ctx.now);
    const found = await findClientWithCareRoles(tx.db, input.clientId, actor.userId);
    if (!found) throw notFound();
    if (found.careRoles.length > 0)
      throw conflict('You are on this client’s care team already, so the chart is open to you.', 'on_care_team');
    const open = await findActiveGrant(tx.db, actor.userId, input.clientId, ctx.now);
    if (open) throw conflict(`This chart is already open to you for coverage until ${open.ends_at}.`, 'coverage_open');
    const id = uuidv7();
    const startedAt = ctx.now.toISOString();
    const endsAt = coverageEndsAt(ctx.now, await coverageHours(tx.db)).toISOString();
    await insertGrant(tx.db, { id, userId: actor.userId, clientId: input.clientId, reason: input.reason, startedAt, endsAt });
    const team = (await careTeamOf(tx.db, [input.clientId])).get(input.clientId) ?? [];
    const told = [...new Set(team.map((m) => m.userId))];
    await insertNotices(
      tx.db,
      told.map((userId) => ({ id: uuidv7(), userId, kind: 'coverage_opened', clientId: input.clientId, grantId: id, at: startedAt })),
    );
    // Ids only: the reason is the clinician's own words about a client, kept on the grant, not in the trail.
    await appendAudit(tx, ctx, {
      action: 'coverage.open',
      recordType: 'client',
      recordId: input.clientId,
      detail: { coverage: id, endsAt, notified: told },
    });
    return { id, clientId: input.clientId, startedAt, endsAt };
  });
}
