import type { CurrentUser } from '../../contracts/auth.contracts.js';
import { appAbilities } from '../access/index.js';
import type { UserWithRoles } from './users.repository.js';

export function presentUser(
  user: Pick<UserWithRoles, 'id' | 'displayName' | 'email' | 'roles'> & { shortName?: string | null | undefined },
): CurrentUser {
  return {
    id: user.id,
    displayName: user.displayName,
    shortName: user.shortName ?? null,
    email: user.email,
    roles: user.roles,
    kind: user.roles.includes('client') ? 'client' : 'staff',
    abilities: appAbilities(user.roles),
  };
}
