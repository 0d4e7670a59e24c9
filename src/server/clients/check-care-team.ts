import type { SetCareTeamBody } from '../../contracts/clients.contracts.js';
import { type CareRole, canHoldCareRole } from '../../domain/clients/care-team.js';
import { findUserById } from '../auth/index.js';
import type { Tx } from '../platform/deps.js';
import { badRequest } from '../platform/errors.js';

const FIELD: Record<CareRole, string> = { therapist: 'therapistId', prescriber: 'prescriberId', co_facilitator: 'coFacilitatorIds' };

/** Each person chosen must be active staff holding the role they are chosen for. */
export async function checkCareTeam(tx: Tx, body: SetCareTeamBody): Promise<{ userId: string; role: CareRole }[]> {
  const wanted: { userId: string; role: CareRole; path: string }[] = [
    ...(body.therapistId ? [{ userId: body.therapistId, role: 'therapist' as const, path: FIELD.therapist }] : []),
    ...(body.prescriberId ? [{ userId: body.prescriberId, role: 'prescriber' as const, path: FIELD.prescriber }] : []),
    ...[...new Set(body.coFacilitatorIds)].map((userId, i) => ({
      userId,
      role: 'co_facilitator' as const,
      path: `${FIELD.co_facilitator}.${i}`,
    })),
  ];
  const issues: { path: string; message: string }[] = [];
  for (const member of wanted) {
    const user = await findUserById(tx.db, member.userId);
    if (user?.status !== 'active' || !canHoldCareRole(user.roles, member.role)) {
      issues.push({ path: member.path, message: `must be an active staff member who is a ${member.role.replace('_', '-')}` });
    }
  }
  if (issues.length > 0) throw badRequest('Please check the care team.', issues);
  return wanted.map(({ userId, role }) => ({ userId, role }));
}
