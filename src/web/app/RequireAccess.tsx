import type { ReactNode } from 'react';
import type { Ability } from '../kernel/access';
import { useUser } from '../kernel/session';
import { NotFoundPage } from './NotFoundPage';

export function RequireAccess({ allow, children }: { allow: Ability; children: ReactNode }) {
  const user = useUser();
  return allow(user) ? children : <NotFoundPage />;
}
