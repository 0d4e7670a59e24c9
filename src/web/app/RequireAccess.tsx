import type { ReactNode } from 'react';
import type { Ability } from './access';
import { NotFoundPage } from './NotFoundPage';
import { useUser } from './session';

export function RequireAccess({ allow, children }: { allow: Ability; children: ReactNode }) {
  const user = useUser();
  return allow(user) ? children : <NotFoundPage />;
}
