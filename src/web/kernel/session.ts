import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { localPathOrNull } from '../../domain/access/local-path';
import { isApiError } from '../api/api-error';
import { api } from '../api/client';
import { meKey } from '../api/query-client';
import type { CurrentUser } from '../api/types';

async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return (await api.get<{ user: CurrentUser }>('/auth/me')).user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

/** The signed-in person, or null when nobody is signed in. */
export function useCurrentUserQuery() {
  return useQuery({ queryKey: meKey, queryFn: fetchCurrentUser, staleTime: 60_000 });
}

export const UserContext = createContext<CurrentUser | null>(null);

/** Inside the signed-in shell the user is always known. */
export function useUser(): CurrentUser {
  const user = useContext(UserContext);
  if (!user) throw new Error('useUser is only available inside the signed-in app');
  return user;
}

/** Only paths inside the app, so a crafted link cannot send someone elsewhere after signing in. */
export function safeNext(next: string | null): string {
  const path = localPathOrNull(next);
  if (!path || path.startsWith('/sign-in')) return '/';
  return path;
}
