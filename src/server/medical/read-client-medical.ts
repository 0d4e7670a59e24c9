import { allowsOnClient } from '../../domain/clients/care-team.js';
import { currentClearance } from '../../domain/medical/clearance-status.js';
import { SCREENING_ITEMS } from '../../domain/medical/screening-checklist.js';
import { localDate } from '../../domain/time/local-date.js';
import { authorizeClient } from '../clients/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { listFlags, presentFlag } from '../safety-flags/index.js';
import { medicalPolicy } from './medical.policy.js';
import { clearancesOf, presentClearance, presentScreening, screeningsOf } from './medical.repository.js';

export async function readClientMedical(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, careRoles } = await authorizeClient(tx, ctx, input.id, medicalPolicy.read);
    const full = allowsOnClient(medicalPolicy.readFull, actor.roles, careRoles);
    const practice = await getPracticeSettings(tx.db);
    const today = localDate(ctx.now, practice.timeZone);
    const [screenings, clearances, flags] = await Promise.all([
      screeningsOf(tx.db, input.id),
      clearancesOf(tx.db, input.id),
      listFlags(tx.db, { openOnly: true, clientId: input.id }),
    ]);
    const presented = clearances.map((c) => presentClearance(c, today));
    const current = currentClearance(
      presented.map((c) => ({ ...c, withdrawnAt: c.withdrawal?.at ?? null })),
      today,
    );
    await appendReadAudit(tx, ctx, {
      action: 'medical.read',
      recordType: 'client',
      recordId: input.id,
      detail: { view: full ? 'full' : 'summary' },
    });
    return {
      view: full ? ('full' as const) : ('summary' as const),
      screenings: screenings.map((s) => presentScreening(s, full)),
      clearances: presented,
      current: current ? (presented.find((c) => c.id === current.id) ?? null) : null,
      checklist: SCREENING_ITEMS.map((i) => ({ code: i.code, label: i.label })),
      openSafetyFlags: flags.map(presentFlag),
    };
  });
}
